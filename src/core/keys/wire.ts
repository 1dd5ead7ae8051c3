/**
 * A bounds-checked reader for the SSH wire encoding (RFC 4251 section 5): uint32, uint64, string, mpint.
 * Every key and certificate reader shares it, so truncated or oversized fields fail in one place.
 */
import { KeyFormatError } from '../errors.js';

export class WireReader {
  private offset = 0;

  constructor(private readonly buf: Buffer) {}

  get position(): number {
    return this.offset;
  }

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  uint8(): number {
    this.need(1);
    return this.buf[this.offset++]!;
  }

  uint32(): number {
    this.need(4);
    const value = this.buf.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  uint64(): bigint {
    this.need(8);
    const value = this.buf.readBigUInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  string(): Buffer {
    const length = this.uint32();
    this.need(length);
    const value = this.buf.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  text(): string {
    const raw = this.string();
    // Names on the wire are US-ASCII (RFC 4251 section 6); anything else means we are not reading a key.
    for (const byte of raw) if (byte < 0x20 || byte > 0x7e) throw new KeyFormatError('non-ASCII name in key blob');
    return raw.toString('latin1');
  }

  /** An mpint as its magnitude bytes, without the sign padding (RFC 4251: negative values are not keys). */
  mpint(): Buffer {
    const raw = this.string();
    if (raw.length > 0 && (raw[0]! & 0x80) !== 0) throw new KeyFormatError('negative mpint in key blob');
    let start = 0;
    while (start < raw.length && raw[start] === 0) start++;
    return raw.subarray(start);
  }

  slice(from: number, to: number): Buffer {
    return this.buf.subarray(from, to);
  }

  end(): void {
    if (this.remaining !== 0) throw new KeyFormatError('unexpected bytes after the key blob');
  }

  private need(count: number): void {
    if (count > this.remaining) throw new KeyFormatError('key blob is truncated');
  }
}

export function bitLength(magnitude: Buffer): number {
  if (magnitude.length === 0) return 0;
  return (magnitude.length - 1) * 8 + (32 - Math.clz32(magnitude[0]!));
}

export function sshString(value: Buffer | string): Buffer {
  const body = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}
