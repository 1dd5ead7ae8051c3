/**
 * Turns the bytes of one file (or one secret value) into key records and findings. A byte-level
 * prefilter runs first, so files without any key marker are never decoded or matched against a regex.
 */
import { findKeyBlocks } from './keys/blocks.js';
import type { KeyOccurrence } from './keys/occurrence.js';
import { findPublicKeyLines } from './keys/openssh-line.js';
import { checkKey, type KeyCheckContext } from './checks/key-rules.js';
import { liftOptional, liftText } from './lifted-text.js';
import { RSA_MAX_BITS } from './limits.js';
import { findMarkers, type Markers } from './markers.js';
import type { Finding, KeyRecord, KeySource } from './types.js';

export interface Inventory {
  keys: KeyRecord[];
  findings: Finding[];
  /** RSA moduli with where they occur, for the batch GCD across the whole scan. */
  rsaModuli: { n: Buffer; key: KeyRecord }[];
}

/**
 * Comments are matched in a latin1 view of the bytes; report them as the UTF-8 they usually are, cut and
 * bounded first (lifted-text.ts) so no comment carries a key block or a whole line of other keys.
 */
function utf8(text: string | null): string | null {
  const lifted = liftOptional(text);
  return lifted === null ? null : Buffer.from(lifted, 'latin1').toString('utf8');
}

// A certificate may list any number of principals; a report lists this many of any one list.
const MAX_LIFTED_NAMES = 100;

function liftNames(names: readonly string[]): string[] {
  return names.slice(0, MAX_LIFTED_NAMES).map((name) => liftText(name));
}

function toRecord(key: KeyOccurrence, path: string, sourceOverride?: KeySource): KeyRecord {
  const info = key.info;
  const record: KeyRecord = {
    path,
    line: key.line,
    source: sourceOverride && !key.isPrivate ? sourceOverride : key.source,
    type: info?.type ?? key.declaredType,
    bits: info?.bits ?? null,
    fingerprint: info?.fingerprint ?? null,
    comment: utf8(key.comment),
  };
  // The RSA modulus (public, in hex), so a merged report can find primes shared across repositories. Hex,
  // never the base64 key blob: an OpenSSH or PuTTY private container stores that blob verbatim, so its
  // base64 could repeat a run of the private file's text. Never for a secret.
  if (info?.params.family === 'rsa' && sourceOverride !== 'secret') record.rsaModulus = info.params.n!.toString('hex');
  if (key.format) record.format = key.format;
  if (key.encrypted !== undefined) record.encrypted = key.encrypted;
  if (key.options) record.options = liftNames(key.options);
  if (key.marker) record.marker = key.marker;
  const cert = info?.certificate;
  if (cert) {
    record.certificate = {
      certType: cert.certType,
      keyId: liftText(cert.keyId),
      serial: cert.serial,
      principals: liftNames(cert.principals),
      validAfter: cert.validAfter,
      validBefore: cert.validBefore,
      criticalOptions: liftNames(cert.criticalOptions),
      extensions: liftNames(cert.extensions),
      ca: { type: cert.ca.type, bits: cert.ca.bits, fingerprint: cert.ca.fingerprint },
      signatureAlgorithm: cert.signatureAlgorithm,
      signatureValid: cert.signatureValid,
    };
  }
  return record;
}

/** `markers`: the scan's own findMarkers() of these bytes, so they are searched once for every reader. */
export function inventoryBytes(bytes: Buffer, context: KeyCheckContext, sourceOverride?: KeySource, markers?: Markers): Inventory {
  const { keyLine: hasLines, keyBlock: hasBlocks } = markers ?? findMarkers(bytes);
  if (!hasLines && !hasBlocks) return { keys: [], findings: [], rsaModuli: [] };
  const text = bytes.toString('latin1');
  const occurrences = [...(hasBlocks ? findKeyBlocks(text) : []), ...(hasLines ? findPublicKeyLines(text, { path: context.path }) : [])];
  const keys: KeyRecord[] = [];
  const findings: Finding[] = [];
  const rsaModuli: Inventory['rsaModuli'] = [];
  for (const key of occurrences) {
    // Public text that does not decode is not a key: it is reported as invalid-key, not inventoried.
    if (key.info || key.isPrivate) {
      const record = toRecord(key, context.path, sourceOverride);
      keys.push(record);
      // Moduli OpenSSH refuses (limits.ts) are invalid-key findings, not material for the batch GCD.
      if (key.info?.params.family === 'rsa' && key.marker !== 'revoked' && key.info.bits <= RSA_MAX_BITS)
        rsaModuli.push({ n: key.info.params.n!, key: record });
    }
    findings.push(...checkKey(key, context));
  }
  return { keys, findings, rsaModuli };
}
