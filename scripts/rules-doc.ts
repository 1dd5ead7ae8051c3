// Writes docs/rules.md from the rule catalogue (src/core/rules.ts); with --check, fails when it is stale.
import { RULES } from '../src/core/rules.js';
import { writeOrCheck } from './generated-file.js';

const target = new URL('../docs/rules.md', import.meta.url);

// How the SSH configuration rules decide what is in force and where a finding applies (src/core/ssh-config/).
const CONFIG_SCOPE = [
  '## How SSH configuration findings are scoped',
  '',
  'Configuration findings are about the settings OpenSSH actually uses, evaluated as `ssh` and `sshd` do (the tests compare with `ssh -G` and `sshd -T -C`):',
  '',
  '- **Order and first value.** Each ssh_config or sshd_config that no other config includes is read from the top; every `Include` is read where it stands, its files in lexical order (as glob(3) sorts them). For each option the first value wins, so a hardening drop-in `00-hardening.conf` decides before `50-cloud-init.conf`. A weak line that an earlier line already decided gets no finding: when the deciding line is different, a [`shadowed-setting`](#shadowed-setting) notice names it; when the deciding line is weak the same way, the finding of that line says it all and the shadowed one gets nothing. A global-only sshd option (Ciphers, Port, HostKey...) inside a `Match` block is in force nowhere: sshd refuses to start, which is [`not-allowed-in-match`](#not-allowed-in-match). In sshd_config a matching `Match` block overrides the global value wherever it stands (`Match all` for every connection). Options that add up (`HostKey`, `IdentityFile`, forwardings) are never shadowed.',
  '- **Block.** A finding inside `Host` or `Match` says which block, so you know which connections it concerns; a file included from inside a block inherits that block, and the finding names the including file and line. The top level, `Host *` and `Match all` apply to every connection.',
  "- **Include mapping.** An Include names a path on the target machine, never on the machine running the scan. `/etc/...` is looked up under the including file's own `etc/` prefix (`rootfs/etc/ssh/...`, `roles/NAME/files/etc/ssh/...`), then in the directory that plays `/etc/ssh`, then at the top of the tree; relative paths and `~/.ssh/...` are taken from the directory of the config the evaluation started from (`/etc/ssh` or `~/.ssh` on the target). Globs are matched against the files the scan found, each pattern once; a file already read under the same block is not read again (so cycles end), and nesting stops at OpenSSH's 16 levels. An Include whose place the tree does not hold gives one [`include-unresolved`](#include-unresolved) notice.",
  '',
  'Settings are also read outside config files:',
  '',
  '- command lines in scripts, Makefiles, Dockerfiles, Jenkinsfiles and workflow YAML (lines continued with a backslash are joined and reported at their first line): `-o Option=value`, `-oOption=value`, `-o "Option value"`, and `-c` (Ciphers) and `-m` (MACs), also bundled (`-vc`) or glued (`-caes128-cbc`), given to ssh, scp, sftp, autossh, `rsync -e`, `GIT_SSH_COMMAND` or `core.sshCommand`;',
  '- Ansible: `ansible.cfg` `ssh_args` / `scp_extra_args` / `sftp_extra_args`, `host_key_checking = False`, `ANSIBLE_HOST_KEY_CHECKING=False` in any environment, and `ansible_ssh_common_args` / `ansible_ssh_extra_args` in inventories, group and host vars and playbooks;',
  '- workflow inputs that take ssh options (`ssh-options`, `ssh_args`, `ssh_opts`, `args`, `options`);',
  '- configs written by scripts: what `echo`, `printf`, `tee` or a heredoc writes into a path ending in `ssh_config`, `sshd_config`, `sshd_config.d/...` or `.ssh/config`, and the text `sed -i` puts there, audited as that kind of config at the script line that writes each setting;',
  "- RHEL, Fedora and Amazon Linux crypto-policy back-ends: `opensshserver.config` and `openssh.config` by name or by content (only algorithm lines), RHEL 9's keyword form followed through the Include of `50-redhat.conf`, and RHEL 8's `CRYPTO_POLICY='-oCiphers=...'` (also in `/etc/sysconfig/sshd`), which sshd takes on its command line.",
].join('\n');

const lines = [
  '# ssh-key-audit rules',
  '',
  '<!-- Generated from src/core/rules.ts by `npm run docs`; edit the catalogue, not this file. -->',
  '',
  'Every finding names one of these rules. Severities are the defaults: `error` fails a run with the default `--fail-on error`.',
  '',
  '| Rule | Severity | Title |',
  '| --- | --- | --- |',
  ...RULES.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${rule.title} |`),
  '',
  CONFIG_SCOPE,
  '',
  '## How keys are found',
  '',
  'Keys are found by content, in any file, and read through the layers real files put around them. A key found',
  'through a layer has the same type, size and fingerprint as the plain key, so every rule above applies to it.',
  '',
  '- **Text encodings.** UTF-16 LE/BE with a byte-order mark is transcoded, a UTF-8 byte-order mark is dropped',
  '  (`key-file-encoding` says where OpenSSH itself would not read the file). UTF-16 without a byte-order mark is',
  '  a binary file (`skipped`).',
  '- **Decoration around a key block.** String escapes (`\\n`, `\\r\\n`, `\\/`, `\\uXXXX`, `\\xXX`), XML/HTML',
  '  character references (`&#10;`, `&#xD;`, `&#43;`, `&lt;`), a prefix and a suffix that every body line shares',
  '  (string concatenation `"...\\n" +`, adjacent literals, shell continuations `\\n\\`, diff `+`, mail `> `,',
  '  comment markers `#`, `//`, ` * `), and whitespace inside the base64, including line breaks turned into spaces.',
  '- **Escapes inside a public key token.** `\\/`, `\\u002B`, `\\u002F`, `\\u003D` (JSON writers of PHP and .NET).',
  '- **Base64 values.** A base64 token of 104 characters or more, on one line or wrapped at a fixed width over',
  '  several lines (`base64` wraps at 76), that decodes to text holding a key (Kubernetes',
  '  Secrets, Helm values, cloud-init `encoding: b64`, `.env` files), and gzip inside it (cloud-init `gz+b64`).',
  '  The key is reported at the line of the token with `layers` (`["base64"]`, `["base64", "gzip"]`), and the',
  '  name the value is stored under classifies its lines (`known_hosts: ...`). A value inside a value is read',
  '  once more (two values deep at most) when the outer value shows a marker: gzip, or key text of its own.',
  '- **URL encoding.** A value percent-encoded as a whole (`-----BEGIN%20...`, `ssh-ed25519%20AAAA...`, or `+` for',
  '  spaces in form encoding), reported with `layers` `["percent"]`.',
  '- **Not read:** base64url, other compression than gzip, archives and',
  '  binary files, encrypted containers (the fingerprint of an encrypted PEM or PKCS#8 key is `null`), and a',
  '  value that is base64 of base64 with nothing readable between the two layers.',
  '',
];
for (const rule of RULES) {
  lines.push(`## ${rule.id}`, '', `**${rule.title}** · default severity: \`${rule.severity}\``, '');
  lines.push(`**What it detects.** ${rule.detects}`, '', `**Why it matters.** ${rule.why}`, '', `**How to fix.** ${rule.fix}`, '');
}
const text = lines.join('\n');

writeOrCheck(target, text, 'docs/rules.md', 'npm run docs');
