/**
 * Finds OpenSSH public key text (`type base64 [comment]`) anywhere in a file: .pub files, authorized_keys
 * lines with options, known_hosts lines, and keys embedded in YAML, HCL, JSON, Dockerfiles or scripts.
 */
import { KeyFormatError } from '../errors.js';
import type { KeySource } from '../types.js';
import { parseAuthorizedOptions } from './authorized-options.js';
import { isCertificateType, isKnownKeyType } from './key-types.js';
import { parseKnownHostsPrefix } from './known-hosts.js';
import { decodeBase64, LineCounter, type KeyOccurrence } from './occurrence.js';
import { blobNamesType, parsePublicBlob, type PublicKeyInfo } from './public-blob.js';
import { unescapeText } from './unwrap/decoration.js';

// The shortest real key blob (ssh-ed25519: 4+11+4+32 bytes) is 68 base64 characters; shorter text after a
// type name is a placeholder such as `ssh-rsa AAAA...` or prose, unless it decodes to a blob of that type
// (a damaged key, reported as invalid).
const MIN_KEY_BASE64 = 68;

// Any `ssh-` or `ecdsa-sha2-` name: a type this scanner does not know is still a key when its blob names it.
// JSON writers escape `/` as `\/` (PHP) and `+` as `\u002B` (.NET): the token goes on through the escape
// (`\\\/` and `\\u002[BbFf]` below). The token must start `AAAA` (a blob that names its type: namesItsType)
// or be 68 characters long (MIN_KEY_BASE64, escapes included): what findPublicKeyLines accepts at all, checked
// here so prose such as `ssh-agent value` is never a match to build and turn away. Every match starting
// inside a turned-away one shares its token, so the same matches are found as without the lookahead.
// A literal, so the ReDoS test checks it as written.
const KEY_TEXT =
  /(?<![A-Za-z0-9@._-])((?:sk-)?(?:ssh|ecdsa-sha2)-[A-Za-z0-9._+-]+(?:@[A-Za-z0-9.-]+)?)[ \t]+(?=AAAA|[A-Za-z0-9+/=\\]{68})((?:[A-Za-z0-9+/]|\\\/|\\u002[BbFf])+(?:=|\\u003[Dd]){0,2})/g;

export interface FileContext {
  /** Path relative to the scan root, forward slashes. */
  path: string;
}

// A comment is lifted text (lifted-text.ts) and a prefix longer than any option list or host list is not
// one: only this much of the line around a key is ever read, so one line of thousands of keys stays linear.
const MAX_COMMENT_SCAN = 1024;
const MAX_PREFIX = 8192;

function classify(prefix: string, type: string, context: FileContext): Pick<KeyOccurrence, 'source' | 'options' | 'marker'> {
  const name = context.path.slice(context.path.lastIndexOf('/') + 1);
  const trimmed = prefix.trim();
  if (isCertificateType(type) && trimmed === '') return { source: 'certificate' };
  if (trimmed === '') {
    return { source: /authorized_keys/.test(name) ? 'authorized-keys' : 'public-key' };
  }
  const options = parseAuthorizedOptions(trimmed);
  if (options) return { source: 'authorized-keys', options };
  const hosts = parseKnownHostsPrefix(trimmed, /known_hosts/.test(name));
  if (hosts) return { source: 'known-hosts', ...hosts };
  return { source: 'embedded' };
}

function commentOf(rest: string, source: KeySource): string | null {
  let comment = rest.trim();
  // In YAML, HCL or JSON the key sits inside a string: the comment ends where the string does.
  if (source === 'embedded') comment = comment.split(/["'`\\]/, 1)[0]!.trim();
  return comment === '' ? null : comment;
}

function namesItsType(base64: string, type: string): boolean {
  // The blob starts with the name's length, a uint32 below 2^24 for any real name: three zero bytes, `AAAA`.
  // Checked first because prose (`ssh-agent value`, `ssh-keygen file`) matches KEY_TEXT far more often than keys do.
  if (type.length < 1 << 24 && !base64.startsWith('AAAA')) return false;
  const head = base64.slice(0, Math.ceil((4 + type.length) / 3) * 4);
  return /^[A-Za-z0-9+/]*={0,2}$/.test(head) && blobNamesType(Buffer.from(head, 'base64'), type);
}

export function decodePublicKey(declaredType: string, base64: string): { info: PublicKeyInfo | null; problem?: string } {
  // ssh-keygen (b64_pton) rejects base64 whose padding is missing: so do we, rather than call it a key.
  if (base64.length % 4 !== 0) {
    // The length alone cannot tell a lost `=` from a cut or a pasted extra: say what is known.
    return {
      info: null,
      problem: `the ${declaredType} key text is ${base64.length} characters, not whole base64 (a multiple of 4: cut short, extra characters or lost padding), so ssh-keygen rejects it`,
    };
  }
  const blob = decodeBase64(base64);
  if (!blob) return { info: null, problem: `the ${declaredType} key text is not valid base64` };
  try {
    const info = parsePublicBlob(blob);
    if (info.type !== declaredType) {
      return { info: null, problem: `the key is labelled ${declaredType} but its data is a ${info.type} key` };
    }
    return { info };
  } catch (error) {
    if (error instanceof KeyFormatError) return { info: null, problem: `the ${declaredType} key does not decode: ${error.message}` };
    throw error;
  }
}

export function findPublicKeyLines(text: string, context: FileContext): KeyOccurrence[] {
  const found: KeyOccurrence[] = [];
  // Line starts and ends come from the same forward walk as line numbers: searching back from each match
  // to its line start made one long line of many keys cost the square of its length.
  const lines = new LineCounter(text);
  KEY_TEXT.lastIndex = 0;
  for (let match = KEY_TEXT.exec(text); match !== null; match = KEY_TEXT.exec(text)) {
    const [whole, declaredType, token] = match as unknown as [string, string, string];
    const start = match.index;
    const end = start + whole.length;
    const base64 = token.includes('\\') ? unescapeText(token) : token;
    // Short text, or text after a name we do not know, is a key only when its blob starts with that name:
    // `ssh-rsa AAAA` in a README and `ssh-keygen -t` are not. The search goes on from the word after the
    // name, which may start a key itself: `ssh-agent ssh-ed25519 AAAA...` in a script.
    if (!(base64.length >= MIN_KEY_BASE64 && isKnownKeyType(declaredType)) && !namesItsType(base64, declaredType)) {
      KEY_TEXT.lastIndex = end - token.length;
      continue;
    }
    // Documentation elides keys as `ssh-rsa AAAAB3Nza...`: an example, not a key. The text is a latin1 view of
    // the bytes, so a UTF-8 ellipsis arrives as its three bytes.
    if (text.startsWith('...', end) || text.startsWith('\u2026', end) || text.startsWith('\u00e2\u0080\u00a6', end)) continue;
    const line = lines.lineAt(start);
    const lineStart = lines.lineStart();
    const lineEnd = Math.min(lines.lineEnd(), end + MAX_COMMENT_SCAN);
    const kind =
      start - lineStart > MAX_PREFIX ? { source: 'embedded' as const } : classify(text.slice(lineStart, start), declaredType, context);
    const decoded = decodePublicKey(declaredType, base64);
    found.push({
      line,
      declaredType,
      comment: commentOf(text.slice(end, lineEnd), kind.source),
      isPrivate: false,
      ...kind,
      ...decoded,
    });
  }
  return found;
}
