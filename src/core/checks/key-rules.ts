/** Findings about single keys: committed private keys, DSA, RSA size, decoding problems and certificates. */
import type { KeyOccurrence } from '../keys/occurrence.js';
import type { Blocklist } from './blocklist.js';
import { liftText } from '../lifted-text.js';
import { mathFindings, type MathMemo } from './key-math.js';
import { makeFinding } from '../finding.js';
import type { RuleId } from '../rules.js';
import type { TextEncoding } from '../text-encoding.js';
import type { Finding } from '../types.js';

export interface KeyCheckContext {
  path: string;
  minRsaBits: number;
  now: Date;
  /** Weak-key results by fingerprint, shared across one scan. */
  memo?: MathMemo;
  blocklist?: Blocklist;
  /** What the file's bytes were decoded from (text-encoding.ts); plain UTF-8 when absent. */
  textEncoding?: TextEncoding;
}

function finding(rule: RuleId, context: KeyCheckContext, key: KeyOccurrence, message: string): Finding {
  return makeFinding(rule, { path: context.path, line: key.line, fingerprint: key.info?.fingerprint ?? null }, message);
}

function describe(key: KeyOccurrence): string {
  const info = key.info;
  if (!info) return key.declaredType === 'unknown' ? 'key' : `${key.declaredType} key`;
  return info.bits === null ? `${info.plainType} key` : `${info.bits}-bit ${info.plainType} key`;
}

function privateKeyMessage(key: KeyOccurrence): string {
  const what = key.format === 'pkcs8' || key.format === 'pem' ? `${describe(key)} (${key.format.toUpperCase()})` : describe(key);
  const protection =
    key.problem && !key.info
      ? 'it does not decode, so whether it is encrypted is unknown: treat it as leaked'
      : key.encrypted
        ? 'it is encrypted, but a passphrase can be cracked offline'
        : 'it is not encrypted, so anyone who can read the repository can use it';
  return `A private ${what} is committed here and ${protection}: revoke it, rotate to a new key kept in a secret store, and purge it from git history.`;
}

export function checkKey(key: KeyOccurrence, context: KeyCheckContext): Finding[] {
  const findings: Finding[] = [];
  if (key.isPrivate) findings.push(finding('private-key', context, key, privateKeyMessage(key)));
  if (key.problem) {
    findings.push(finding('invalid-key', context, key, `This looks like a key but ${key.problem}; re-export it from its source.`));
  }
  const info = key.info;
  // A @revoked known_hosts entry exists to refuse the key: its weaknesses are the point, not a problem.
  if (!info || key.marker === 'revoked') return findings;

  const family = info.params.family;
  if (family === 'unknown') {
    findings.push(
      finding(
        'unknown-key-type',
        context,
        key,
        `This ${info.type} key is of a type ssh-key-audit does not know, so its size and strength are not checked; judge it yourself and allow its fingerprint.`,
      ),
    );
    return findings;
  }
  if (family === 'dsa') {
    findings.push(
      finding(
        'dsa-key',
        context,
        key,
        `This DSA (ssh-dss) key no longer works: OpenSSH disabled DSA in 7.0 and removed it in 10.0; replace it with an Ed25519 key.`,
      ),
    );
  } else if (family === 'rsa' && (info.bits ?? 0) < context.minRsaBits) {
    findings.push(
      finding(
        'weak-rsa-key',
        context,
        key,
        `This ${info.bits}-bit RSA key is below the ${context.minRsaBits}-bit minimum and can be broken; replace it with an Ed25519 key.`,
      ),
    );
  } else if (family === 'rsa') {
    findings.push(
      finding(
        'legacy-rsa-key',
        context,
        key,
        `This ${info.bits}-bit RSA key still works with rsa-sha2-256/512, but servers that only speak ssh-rsa (SHA-1), disabled since OpenSSH 8.8, fail with "no mutual signature algorithm"; an Ed25519 key avoids that.`,
      ),
    );
  }

  for (const weakness of mathFindings(info, context.memo, context.blocklist))
    findings.push(finding(weakness.rule, context, key, weakness.message));

  const cert = info.certificate;
  if (cert) {
    if (cert.signatureValid === false) {
      findings.push(
        finding(
          'invalid-key',
          context,
          key,
          `This certificate's CA signature (${cert.signatureAlgorithm}) does not verify against its CA key ${cert.ca.fingerprint}, so sshd will reject it; re-issue it.`,
        ),
      );
    }
    if (cert.signatureAlgorithm === 'ssh-rsa') {
      findings.push(
        finding(
          'cert-sha1-signature',
          context,
          key,
          `This certificate is signed with ssh-rsa (SHA-1), which OpenSSH 8.2+ rejects by default; re-sign it with "ssh-keygen -s CA -t rsa-sha2-512".`,
        ),
      );
    }
    const nowSeconds = BigInt(Math.floor(context.now.getTime() / 1000));
    if (cert.validBefore === null && cert.validBeforeSeconds !== 0n) {
      findings.push(
        finding(
          'cert-no-expiry',
          context,
          key,
          `This ${cert.certType} certificate "${liftText(cert.keyId)}" never expires; issue certificates with a validity interval (ssh-keygen -s ... -V +52w).`,
        ),
      );
    } else if (cert.validBeforeSeconds <= nowSeconds) {
      findings.push(
        finding(
          'cert-expired',
          context,
          key,
          `This ${cert.certType} certificate "${liftText(cert.keyId)}" expired on ${cert.validBefore ?? 'the epoch'}; issue a new one or delete it.`,
        ),
      );
    }
  }
  return findings;
}
