import type { KeySource } from '../types.js';
import type { PublicKeyInfo } from './public-blob.js';

/** One key found in a file, before policy: what the readers hand to the checks. */
export interface KeyOccurrence {
  line: number;
  source: KeySource;
  /** The type the text declares (line token, PEM label, PuTTY header); the decoded type wins when known. */
  declaredType: string;
  info: PublicKeyInfo | null;
  /** Why material that looks like a key did not decode: becomes an invalid-key finding. Never quotes the material. */
  problem?: string;
  comment: string | null;
  isPrivate: boolean;
  format?: string;
  encrypted?: boolean;
  options?: string[];
  marker?: string;
  /** Encodings the key was read through, outermost first (`base64`, `gzip`); absent for plain text. */
  layers?: string[];
}

/**
 * 1-based line numbers, and the bounds of that line, for offsets that only move forward, without
 * splitting the whole text into lines: each line break is found once, however many keys a line holds.
 */
export class LineCounter {
  private offset = 0;
  private line = 1;
  private start = 0;
  // The first line break at or after `offset`, kept between calls: searching for it again on every call
  // walked the whole rest of a text without line breaks each time.
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf('\n');
  }

  lineAt(target: number): number {
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.start = 0;
      this.next = this.text.indexOf('\n');
    }
    while (this.next !== -1 && this.next < target) {
      this.line++;
      this.start = this.next + 1;
      this.next = this.text.indexOf('\n', this.start);
    }
    this.offset = target;
    return this.line;
  }

  /** Where the line of the last lineAt() target starts. */
  lineStart(): number {
    return this.start;
  }

  /** Where the line of the last lineAt() target ends, before any `\r`. */
  lineEnd(): number {
    const end = this.next === -1 ? this.text.length : this.next;
    return this.text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
  }
}

/** Strict base64 for key material: Buffer.from() silently skips junk, which would hide a damaged key. */
export function decodeBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return null;
  return Buffer.from(text, 'base64');
}
