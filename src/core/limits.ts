/**
 * The bounds that keep the scan linear on hostile input (docs/hostile-input.md). Each is what OpenSSH
 * itself accepts or comfortably above anything real, so nothing genuine is ever cut by one.
 */

/** OpenSSH refuses larger RSA moduli (SSH_RSA_MAXIMUM_MODULUS_SIZE in sshkey.h, since 7.x), so does OpenSSL. */
export const RSA_MAX_BITS = 16384;

/** Policy files (`.ssh-key-audit.yml`): a hand-written file; a few KiB in practice. */
export const MAX_POLICY_BYTES = 1024 * 1024;

/** Baselines: one small JSON entry per accepted finding; 64 MiB holds several hundred thousand. */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** Blocklist files: one fingerprint or public key line per entry. */
export const MAX_BLOCKLIST_BYTES = 64 * 1024 * 1024;

/** YAML aliases a policy file may use: a hand-written policy needs a handful, a billion-laughs bomb thousands. */
export const MAX_POLICY_ALIASES = 100;
