/**
 * Turns the bytes of one file (or one secret value) into key records and findings. A byte-level
 * prefilter runs first, so files without any key marker are never decoded or matched against a regex.
 */
import { findKeyBlocks } from './keys/blocks.js';
import type { KeyOccurrence } from './keys/occurrence.js';
import { findPublicKeyLines } from './keys/openssh-line.js';
import { findEncodedLayers, hasEncodedKeyMarker } from './keys/unwrap/encoded-layers.js';
import { findPercentEncodedLayers, mayHoldPercentEncodedKey } from './keys/unwrap/percent-encoding.js';
import { decodeTextBytes } from './text-encoding.js';
import { encodingFindings } from './checks/encoding-checks.js';
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
  if (key.layers) record.layers = key.layers;
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
      // A CA key is parsed as a known type (certificate.ts), so it has a size.
      ca: { type: cert.ca.type, bits: cert.ca.bits ?? 0, fingerprint: cert.ca.fingerprint },
      signatureAlgorithm: cert.signatureAlgorithm,
      signatureValid: cert.signatureValid,
    };
  }
  return record;
}

// A base64 value inside a base64 value is as deep as real files go (a Secret holding a cloud-init file).
const MAX_LAYERS = 2;

/** Keys in `bytes` and, through base64 (and gzip) layers, in the values they encode, at the value's line. */
function occurrencesIn(bytes: Buffer, context: KeyCheckContext, markers: Markers, depth: number, path = context.path): KeyOccurrence[] {
  const { keyLine: hasLines, keyBlock: hasBlocks } = markers;
  const encoded = depth < MAX_LAYERS && (markers.encoded ?? hasEncodedKeyMarker(bytes));
  if (!hasLines && !hasBlocks && !encoded) return [];
  const text = bytes.toString('latin1');
  const occurrences = [...(hasBlocks ? findKeyBlocks(text) : []), ...(hasLines ? findPublicKeyLines(text, { path }) : [])];
  const percent = depth < MAX_LAYERS && (hasLines || hasBlocks) && mayHoldPercentEncodedKey(text);
  if (!encoded && !percent) return occurrences;
  const layers = [...(encoded ? findEncodedLayers(text) : []), ...(percent ? findPercentEncodedLayers(text) : [])];
  for (const layer of layers) {
    const inner = decodeTextBytes(layer.bytes).bytes;
    // The value's name classifies its lines as a file name would (`known_hosts: ...` holds known_hosts lines).
    for (const key of occurrencesIn(inner, context, findMarkers(inner), depth + 1, layer.name ?? path)) {
      occurrences.push({ ...key, line: layer.line, layers: [...layer.layers, ...(key.layers ?? [])] });
    }
  }
  return occurrences;
}

/** `markers`: the scan's own findMarkers() of these bytes, so they are searched once for every reader. */
export function inventoryBytes(bytes: Buffer, context: KeyCheckContext, sourceOverride?: KeySource, markers?: Markers): Inventory {
  const occurrences = occurrencesIn(bytes, context, markers ?? findMarkers(bytes), 0);
  if (occurrences.length === 0) return { keys: [], findings: [], rsaModuli: [] };
  const keys: KeyRecord[] = [];
  const findings: Finding[] = [];
  const rsaModuli: Inventory['rsaModuli'] = [];
  for (const key of occurrences) {
    // Public text that does not decode is not a key: it is reported as invalid-key, not inventoried.
    if (key.info || key.isPrivate) {
      const record = toRecord(key, context.path, sourceOverride);
      keys.push(record);
      // Moduli OpenSSH refuses (limits.ts) are invalid-key findings, not material for the batch GCD.
      if (key.info?.params.family === 'rsa' && key.marker !== 'revoked' && (key.info.bits ?? 0) <= RSA_MAX_BITS)
        rsaModuli.push({ n: key.info.params.n!, key: record });
    }
    findings.push(...checkKey(key, context));
  }
  findings.push(...encodingFindings(context.path, bytes.toString('latin1', 0, 64), context.textEncoding ?? 'utf-8', occurrences));
  return { keys, findings, rsaModuli };
}
