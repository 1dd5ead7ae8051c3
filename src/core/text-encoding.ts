/**
 * The text encodings key files arrive in. Windows PowerShell 5.1 `>` and `Out-File` write UTF-16LE with a
 * byte-order mark, Notepad used to write a UTF-8 BOM: the scan reads such files as the text they are
 * (UTF-16 transcoded to UTF-8, the UTF-8 BOM dropped), and checks/encoding-checks.ts says where OpenSSH,
 * which reads bytes, would not.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** UTF-8 (or the original single-byte) bytes, line breaks where the original had them. */
  bytes: Buffer;
  encoding: TextEncoding;
}

// Key text is ASCII, so in UTF-16 every other byte is NUL: a file that starts FF FE but has no NUL near its
// start is Latin-1 or broken UTF-8 that happens to begin with those bytes, and is read as bytes.
const UTF16_PROBE = 8000;

function looksUtf16(bytes: Buffer): boolean {
  return bytes.length > 2 && bytes.subarray(2, UTF16_PROBE).includes(0);
}

/** Only a byte-order mark makes a file UTF-16 here: without one, NUL bytes still mean binary. */
export function decodeTextBytes(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { bytes: bytes.subarray(3), encoding: 'utf-8-bom' };
  if (!looksUtf16(bytes)) return { bytes, encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { bytes: Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)).toString('utf16le'), 'utf8'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    swapped.swap16();
    return { bytes: Buffer.from(swapped.toString('utf16le'), 'utf8'), encoding: 'utf-16be' };
  }
  return { bytes, encoding: 'utf-8' };
}
