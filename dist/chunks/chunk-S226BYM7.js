#!/usr/bin/env node
import {
  decodeTextBytes,
  findEncodedLayers,
  findMarkers,
  hasEncodedKeyMarker,
  liftOptional,
  liftText
} from "./chunk-ETGSMTXK.js";
import {
  bitLengthOf,
  isSquare,
  isqrt,
  numberSizedGroups,
  primesBelow,
  toBigInt
} from "./chunk-72M4R2KB.js";
import {
  makeFinding
} from "./chunk-ACTYS6I7.js";
import {
  notePrivateMaterial
} from "./chunk-42MXORR6.js";
import {
  BUILT_IN_BLOCKLIST,
  WireReader,
  findPublicKeyLines,
  parsePublicBlob,
  sshString,
  unwrapBlockBody
} from "./chunk-3M42D43V.js";
import {
  LineCounter,
  decodeBase64
} from "./chunk-ZO5PTKSB.js";
import {
  RSA_MAX_BITS
} from "./chunk-ZAUYDAMR.js";
import {
  KeyFormatError
} from "./chunk-ILGW4I5N.js";
import {
  __require
} from "./chunk-AAXGI36X.js";

// src/core/keys/openssh-private.ts
var MAGIC = Buffer.from("openssh-key-v1\0", "latin1");
function readOpenSshPrivate(data) {
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new KeyFormatError("missing the openssh-key-v1 header");
  }
  const reader = new WireReader(data.subarray(MAGIC.length));
  const cipher = reader.text();
  const kdf = reader.text();
  reader.string();
  const count = reader.uint32();
  if (count < 1) throw new KeyFormatError("the container holds no key");
  const info = parsePublicBlob(reader.string());
  return { cipher, kdf, info };
}

// src/core/keys/pem-private.ts
import { createPrivateKey, createPublicKey } from "node:crypto";

// lazy-library:sshpk
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var loaded;
function library() {
  const here = dirname(fileURLToPath(import.meta.url));
  loaded ??= __require(join(basename(here) === "chunks" ? here : join(here, "chunks"), "sshpk.cjs"));
  return loaded;
}
var sshpk_default = new Proxy({}, { get: (_, name) => library()[name] });

// src/core/keys/pem-private.ts
var JWK_CURVES = { "P-256": "nistp256", "P-384": "nistp384", "P-521": "nistp521" };
function mpint(base64url) {
  const bytes = Buffer.from(base64url, "base64url");
  return sshString(bytes[0] & 128 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}
function blobViaNodeCrypto(pem) {
  const jwk = createPublicKey(createPrivateKey(pem)).export({ format: "jwk" });
  if (jwk.kty === "RSA") return Buffer.concat([sshString("ssh-rsa"), mpint(jwk.e), mpint(jwk.n)]);
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") {
    return Buffer.concat([sshString("ssh-ed25519"), sshString(Buffer.from(jwk.x, "base64url"))]);
  }
  const curve = jwk.kty === "EC" ? JWK_CURVES[jwk.crv] : void 0;
  if (curve) {
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, "base64url"), Buffer.from(jwk.y, "base64url")]);
    return Buffer.concat([sshString(`ecdsa-sha2-${curve}`), sshString(curve), sshString(point)]);
  }
  throw new KeyFormatError(`the key uses ${jwk.kty} ${jwk.crv ?? ""}, which SSH does not support`.trimEnd());
}
function readPemPrivate(pem) {
  let blob;
  try {
    blob = sshpk_default.parsePrivateKey(pem, "pem").toPublic().toBuffer("rfc4253");
  } catch {
    try {
      blob = blobViaNodeCrypto(pem);
    } catch (error) {
      if (error instanceof KeyFormatError) throw error;
      throw new KeyFormatError("the PEM body does not decode as a private key");
    }
  }
  return parsePublicBlob(blob);
}

// src/core/keys/putty.ts
function headerField(line) {
  const colon = line.indexOf(":");
  if (colon < 1 || !/^[A-Za-z-]+$/.test(line.slice(0, colon))) return null;
  return [line, line.slice(0, colon), line.slice(colon + 1).trimStart()];
}
function readPuttyKey(lines) {
  const header = /^PuTTY-User-Key-File-(\d+):\s*(\S+)/.exec(lines[0] ?? "");
  if (!header) throw new KeyFormatError("missing the PuTTY-User-Key-File header");
  const fields = /* @__PURE__ */ new Map();
  let index = 1;
  let publicText = null;
  while (index < lines.length && publicText === null) {
    const field = headerField(lines[index].trim());
    if (!field) throw new KeyFormatError(`unexpected text in the PuTTY header at line ${index + 1} of the block`);
    index++;
    if (field[1] === "Public-Lines") {
      const count = Number(field[2]);
      if (!Number.isInteger(count) || count < 1 || count > 64) throw new KeyFormatError("bad Public-Lines count");
      publicText = lines.slice(index, index + count).map((line) => line.trim()).join("");
    } else {
      fields.set(field[1], field[2].trim());
    }
  }
  if (publicText === null) throw new KeyFormatError("the PuTTY file has no Public-Lines");
  const blob = decodeBase64(publicText);
  if (!blob) throw new KeyFormatError("the PuTTY public lines are not valid base64");
  const info = parsePublicBlob(blob);
  if (info.type !== header[2]) throw new KeyFormatError(`the header says ${header[2]} but the public key is ${info.type}`);
  const comment = fields.get("Comment") ?? "";
  return {
    version: Number(header[1]),
    declaredType: header[2],
    encryption: fields.get("Encryption") ?? "none",
    comment: comment === "" ? null : comment,
    info
  };
}

// src/core/keys/rfc4716.ts
function readRfc4716(body) {
  let comment = null;
  const base64 = [];
  let index = 0;
  while (index < body.length && /^[!-9;-~]{1,64}:/.test(body[index].trim())) {
    let header = body[index].trim();
    while (header.endsWith("\\") && index + 1 < body.length) header = header.slice(0, -1) + body[++index].trim();
    index++;
    const [tag, ...value] = header.split(":");
    if (tag.toLowerCase() === "comment")
      comment = value.join(":").trim().replace(/^"(.*)"$/, "$1").replace(/^"([^"]*)$/, "$1");
  }
  for (; index < body.length; index++) base64.push(body[index].trim());
  const blob = decodeBase64(base64.join(""));
  if (!blob) throw new KeyFormatError("the SSH2 public key block is not valid base64");
  return { info: parsePublicBlob(blob), comment: comment === "" ? null : comment };
}

// src/core/keys/ssh-com-private.ts
var SSH_COM_MAGIC = 1064303083;
function bignumBits(reader) {
  const bits = reader.uint32();
  if (bits > 16384) throw new KeyFormatError("an integer of the key is implausibly long");
  const bytes = reader.slice(reader.position, reader.position + Math.ceil(bits / 8));
  if (bytes.length !== Math.ceil(bits / 8)) throw new KeyFormatError("key data is truncated");
  for (let skip = 0; skip < bytes.length; skip++) reader.uint8();
  return bytes;
}
function mpintString(magnitude) {
  let start = 0;
  while (start < magnitude.length && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  return sshString(trimmed.length > 0 && (trimmed[0] & 128) !== 0 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function readSshComPrivate(data) {
  const reader = new WireReader(data);
  if (reader.uint32() !== SSH_COM_MAGIC) throw new KeyFormatError("bad magic number");
  reader.uint32();
  const algorithm = reader.text();
  const cipher = reader.text();
  const declaredType = algorithm.startsWith("if-modn") ? "ssh-rsa" : algorithm.startsWith("dl-modp") ? "ssh-dss" : "unknown";
  const encrypted = cipher !== "none";
  if (encrypted || declaredType === "unknown") return { declaredType, encrypted, info: null };
  const keyData = new WireReader(reader.string());
  keyData.uint32();
  let blob;
  if (declaredType === "ssh-rsa") {
    const e = bignumBits(keyData);
    bignumBits(keyData);
    const n = bignumBits(keyData);
    blob = Buffer.concat([sshString("ssh-rsa"), mpintString(e), mpintString(n)]);
  } else {
    if (keyData.uint32() !== 0) throw new KeyFormatError("unsupported DSA parameter format");
    const p = bignumBits(keyData);
    const g = bignumBits(keyData);
    const q = bignumBits(keyData);
    const y = bignumBits(keyData);
    blob = Buffer.concat([sshString("ssh-dss"), mpintString(p), mpintString(q), mpintString(g), mpintString(y)]);
  }
  return { declaredType, encrypted, info: parsePublicBlob(blob) };
}
function commentHeader(headers) {
  for (const header of headers) {
    if (!/^comment:/i.test(header)) continue;
    const value = header.slice("comment:".length).trimStart();
    if (/[\n\r\u2028\u2029]/.test(value)) continue;
    return value.replace(/^"|"$/g, "").trim() || null;
  }
  return null;
}

// src/core/keys/blocks.ts
var PEM_LABELS = ["RSA ", "DSA ", "EC ", "OPENSSH ", "ENCRYPTED ", ""].map((prefix) => `${prefix}PRIVATE KEY`);
var PEM_ENDS = new Map(PEM_LABELS.map((label) => [label, `-----END ${label}-----`]));
var SSH2_LABELS = ["PUBLIC KEY", "ENCRYPTED PRIVATE KEY"];
var PUTTY_HEADER = "PuTTY-User-Key-File-";
function labelAt(text, at, labels, closing) {
  return labels.find((label) => text.startsWith(label, at) && text.startsWith(closing, at + label.length));
}
function startAt(text, index, kind) {
  if (kind === 0) {
    const label = labelAt(text, index + 11, PEM_LABELS, "-----");
    return label === void 0 ? null : { index, length: 11 + label.length + 5, label };
  }
  if (kind === 1) {
    const ssh2 = labelAt(text, index + 16, SSH2_LABELS, " ----");
    return ssh2 === void 0 ? null : { index, length: 16 + ssh2.length + 5, ssh2 };
  }
  let end = index + PUTTY_HEADER.length;
  while (text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end > index + PUTTY_HEADER.length && text[end] === ":" ? { index, length: end + 1 - index } : null;
}
function blockStarts(text) {
  const openings = ["-----BEGIN ", "---- BEGIN SSH2 ", PUTTY_HEADER];
  const next = openings.map((opening) => text.indexOf(opening));
  const starts = [];
  for (; ; ) {
    let kind = -1;
    for (let candidate = 0; candidate < 3; candidate++) {
      if (next[candidate] !== -1 && (kind === -1 || next[candidate] < next[kind])) kind = candidate;
    }
    if (kind === -1) return starts;
    const index = next[kind];
    const start = startAt(text, index, kind);
    if (start) starts.push(start);
    next[kind] = text.indexOf(openings[kind], start ? index + start.length : index + 1);
  }
}
var BODY_BASE64_RUN = /[A-Za-z0-9+/]{64}/;
var ELISION = /\.\.\.|\u2026|\u00e2\u0080\u00a6/;
var MAX_BLOCK_LINES = 400;
function holdsKeyBody(base64) {
  return BODY_BASE64_RUN.test(base64) && !ELISION.test(base64);
}
var PEM_LABEL_TYPES = { "RSA PRIVATE KEY": "ssh-rsa", "DSA PRIVATE KEY": "ssh-dss" };
var MAX_BLOCK_CHARS = 64 * 1024;
var MAX_DECODED_BLOCKS = 1e3;
var BlockEnds = class {
  constructor(text) {
    this.text = text;
  }
  text;
  next = /* @__PURE__ */ new Map();
  /** The first occurrence of `marker` at or after `from`, or the text length. */
  find(marker, from) {
    const known = this.next.get(marker);
    if (known !== void 0 && known >= from) return known;
    const found = this.text.indexOf(marker, from);
    const at = found === -1 ? this.text.length : found;
    this.next.set(marker, at);
    return at;
  }
  /** The end of the body starting at `from`: its END marker, else a blank line; never past `limit`. */
  endOf(from, marker, limit) {
    const bound = Math.min(limit, from + MAX_BLOCK_CHARS);
    const end = this.find(marker, from);
    if (end <= bound) return end;
    return Math.min(this.find("\n\n", from), bound);
  }
};
function bodyLines(text, start, bodyStart, end, endMarker) {
  return unwrapBlockBody(text, start, bodyStart, end, text.startsWith(endMarker, end) ? endMarker.length : 0);
}
function splitHeaders(lines) {
  const headers = [];
  let index = 0;
  while (index < lines.length && lines[index].includes(":")) headers.push(lines[index++]);
  return { headers, base64: lines.slice(index).join("") };
}
function pemBlock(label, lines, decode2 = true) {
  const { headers, base64 } = splitHeaders(lines);
  if (!holdsKeyBody(base64)) return null;
  notePrivateMaterial(base64);
  const declaredType = PEM_LABEL_TYPES[label] ?? "unknown";
  const encrypted = label === "ENCRYPTED PRIVATE KEY" || headers.some((header) => /^Proc-Type:\s*4,ENCRYPTED/i.test(header));
  const format = label === "OPENSSH PRIVATE KEY" ? "openssh" : label.startsWith("ENCRYPTED") || label === "PRIVATE KEY" ? "pkcs8" : "pem";
  const data = decodeBase64(base64);
  if (!data) return { declaredType, info: null, format, encrypted, problem: `the ${label} block is not valid base64` };
  if (!decode2)
    return {
      declaredType,
      info: null,
      format,
      encrypted,
      problem: `the file holds more than ${MAX_DECODED_BLOCKS} key blocks, so this one was not decoded`
    };
  if (label !== "OPENSSH PRIVATE KEY" && !encrypted && data[0] !== 48) {
    return { declaredType, info: null, format, encrypted, problem: `the ${label} block does not decode: it is not DER` };
  }
  try {
    if (label === "OPENSSH PRIVATE KEY") {
      const header = readOpenSshPrivate(data);
      return { declaredType: header.info.type, info: header.info, format, encrypted: header.cipher !== "none" };
    }
    if (encrypted) return { declaredType, info: null, format, encrypted };
    const pem = [`-----BEGIN ${label}-----`, ...headers, ...base64.match(/.{1,64}/g), `-----END ${label}-----`, ""];
    return { declaredType, info: readPemPrivate(pem.join("\n")), format, encrypted };
  } catch (error) {
    if (!(error instanceof KeyFormatError)) throw error;
    return { declaredType, info: null, format, encrypted, problem: `the ${label} block does not decode: ${error.message}` };
  }
}
function sshComBlock(lines) {
  const { headers, base64 } = splitHeaders(lines);
  if (!holdsKeyBody(base64)) return null;
  notePrivateMaterial(base64);
  const data = decodeBase64(base64);
  const comment = commentHeader(headers);
  try {
    if (!data) throw new KeyFormatError("not valid base64");
    return { ...readSshComPrivate(data), comment, format: "ssh.com" };
  } catch (error) {
    if (!(error instanceof KeyFormatError)) throw error;
    return {
      declaredType: "unknown",
      info: null,
      comment,
      format: "ssh.com",
      problem: `the SSH.com private key does not decode: ${error.message}`
    };
  }
}
function findKeyBlocks(text) {
  const found = [];
  const lines = new LineCounter(text);
  const ends = new BlockEnds(text);
  const starts = blockStarts(text);
  let decoded = 0;
  for (const [index, match] of starts.entries()) {
    const start = match.index;
    const bodyStart = start + match.length;
    const limit = starts[index + 1]?.index ?? text.length;
    const line = lines.lineAt(start);
    if (match.label) {
      const body = bodyLines(
        text,
        start,
        bodyStart,
        ends.endOf(bodyStart, PEM_ENDS.get(match.label), limit),
        PEM_ENDS.get(match.label)
      ).slice(0, MAX_BLOCK_LINES);
      const block = pemBlock(match.label, body, decoded < MAX_DECODED_BLOCKS);
      if (block) decoded++;
      if (block) found.push({ line, source: "private-key", comment: null, isPrivate: true, ...block });
    } else if (match.ssh2 === "ENCRYPTED PRIVATE KEY") {
      const endMarker = "---- END SSH2 ENCRYPTED PRIVATE KEY ----";
      const body = bodyLines(text, start, bodyStart, ends.endOf(bodyStart, endMarker, limit), endMarker);
      const block = sshComBlock(body.slice(0, MAX_BLOCK_LINES));
      if (block) found.push({ line, source: "private-key", isPrivate: true, ...block });
    } else if (match.ssh2 === "PUBLIC KEY") {
      const endMarker = "---- END SSH2 PUBLIC KEY ----";
      const body = bodyLines(text, start, bodyStart, ends.endOf(bodyStart, endMarker, limit), endMarker);
      if (!BODY_BASE64_RUN.test(body.join(""))) continue;
      try {
        const { info, comment } = readRfc4716(body.slice(0, MAX_BLOCK_LINES));
        found.push({ line, source: "public-key", declaredType: info.type, info, comment, isPrivate: false, format: "rfc4716" });
      } catch (error) {
        if (!(error instanceof KeyFormatError)) throw error;
        const problem = `the SSH2 public key block does not decode: ${error.message}`;
        found.push({
          line,
          source: "public-key",
          declaredType: "unknown",
          info: null,
          comment: null,
          isPrivate: false,
          format: "rfc4716",
          problem
        });
      }
    } else {
      const lineEnd = ends.endOf(start, "\n", limit);
      const body = unwrapBlockBody(text, start, start, ends.endOf(lineEnd, "Private-Lines:", limit));
      const version = /^PuTTY-User-Key-File-(\d+):\s*(\S*)/.exec(body[0] ?? "");
      if (!body.some((entry) => entry.startsWith("Public-Lines:"))) continue;
      const format = `putty-v${version?.[1] ?? "?"}`;
      try {
        const key = readPuttyKey(body.slice(0, MAX_BLOCK_LINES));
        const encrypted = key.encryption !== "none";
        found.push({
          line,
          source: "private-key",
          declaredType: key.info.type,
          info: key.info,
          comment: key.comment,
          isPrivate: true,
          format,
          encrypted
        });
      } catch (error) {
        if (!(error instanceof KeyFormatError)) throw error;
        const problem = `the PuTTY key file does not decode: ${error.message}`;
        found.push({
          line,
          source: "private-key",
          declaredType: version?.[2] || "unknown",
          info: null,
          comment: null,
          isPrivate: true,
          format,
          problem
        });
      }
    }
  }
  return found;
}

// src/core/keys/unwrap/percent-encoding.ts
var MARKERS = ["BEGIN%20", "%20AAAA", "BEGIN+", "+AAAA"];
var TOKEN_CHARS = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%._~+-/=*!'()") TOKEN_CHARS[char.charCodeAt(0)] = 1;
var isTokenChar = (code) => code < 128 && TOKEN_CHARS[code] === 1;
var MIN_TOKEN = 80;
var MAX_TOKEN = 1 << 18;
var ANY_MARKER = /BEGIN%20|%20AAAA|BEGIN\+|\+AAAA/;
function mayHoldPercentEncodedKey(text) {
  return ANY_MARKER.test(text);
}
function decode(token) {
  const form = /%2B/i.test(token) || /BEGIN\+/.test(token);
  try {
    return decodeURIComponent(form ? token.replace(/\+/g, " ") : token);
  } catch {
    return null;
  }
}
function findPercentEncodedLayers(text) {
  const tokens = /* @__PURE__ */ new Map();
  for (const marker of MARKERS) {
    let floor = 0;
    for (let hit = text.indexOf(marker); hit !== -1; hit = text.indexOf(marker, floor)) {
      let start = hit;
      while (start > floor && isTokenChar(text.charCodeAt(start - 1))) start--;
      let end = hit;
      while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
      floor = Math.max(end, hit + marker.length);
      tokens.set(start, end);
    }
  }
  const lines = new LineCounter(text);
  const found = [];
  for (const [start, end] of [...tokens].sort((a, b) => a[0] - b[0])) {
    const token = text.slice(start, end);
    if (token.length < MIN_TOKEN || token.length > MAX_TOKEN || !token.includes("%")) continue;
    const decoded = decode(token);
    if (decoded !== null) found.push({ line: lines.lineAt(start), bytes: Buffer.from(decoded, "latin1"), layers: ["percent"] });
  }
  return found;
}

// src/core/checks/encoding-checks.ts
var FILE_SOURCES = /* @__PURE__ */ new Set(["public-key", "authorized-keys", "known-hosts", "certificate", "private-key"]);
function notice(path, key, message) {
  return makeFinding("key-file-encoding", { path, line: key.line, fingerprint: key.info?.fingerprint ?? null }, message);
}
function encodingFindings(path, text, encoding, keys) {
  const plain = keys.filter((key) => !key.layers && FILE_SOURCES.has(key.source));
  const first = plain[0];
  if (!first) return [];
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    return [
      notice(
        path,
        first,
        `This file is ${encoding.toUpperCase()}, which ssh, sshd and ssh-keygen do not read, so OpenSSH ignores its keys; save it as UTF-8 without a BOM.`
      )
    ];
  }
  const openSshPrivate = (key) => key.isPrivate && key.format === "openssh";
  const atStart = plain.find((key) => key.line === 1 && (!key.isPrivate || openSshPrivate(key)));
  if (encoding === "utf-8-bom" && atStart) {
    return [
      notice(path, atStart, "This file starts with a UTF-8 byte-order mark, so OpenSSH cannot read the key on line 1; remove the BOM.")
    ];
  }
  if (openSshPrivate(first) && first.line === 1 && /^-----BEGIN OPENSSH PRIVATE KEY-----\r\n/.test(text)) {
    return [
      notice(
        path,
        first,
        'This OpenSSH private key has CRLF line ends, which ssh and ssh-keygen fail to load ("error in libcrypto"); convert it with dos2unix.'
      )
    ];
  }
  return [];
}

// src/core/checks/dsa-checks.ts
function hasSparseDsaPrime(p) {
  if (p.toString(2).length !== 1024 || p >> 1000n !== 0x800000n) return false;
  let middle = p >> 168n ^ 1n << 855n;
  while (middle !== 0n) {
    if ((middle & 0x00fffff0n) !== 0n) return false;
    middle >>= 32n;
  }
  return true;
}

// src/core/checks/ecdsa-curves.ts
var CURVES = {
  nistp256: {
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn
  },
  nistp384: {
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn
  },
  nistp521: {
    p: 2n ** 521n - 1n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n
  }
};
function isOnCurve(curve, point) {
  const spec = CURVES[curve];
  if (!spec || point[0] !== 4 || point.length % 2 !== 1) return false;
  const width = (point.length - 1) / 2;
  const x = BigInt("0x" + point.subarray(1, 1 + width).toString("hex"));
  const y = BigInt("0x" + point.subarray(1 + width).toString("hex"));
  const { p, b } = spec;
  if (x >= p || y >= p) return false;
  return (y * y - (x * x * x - 3n * x + b)) % p === 0n;
}

// src/core/checks/rsa-patterns.ts
var POPCOUNT = new Uint8Array(256).map((_, byte) => {
  let count = 0;
  for (let rest = byte; rest; rest >>= 1) count += rest & 1;
  return count;
});
function setBitPercent(bytes, bits) {
  let count = 0;
  for (const byte of bytes) count += POPCOUNT[byte];
  return count * 100 / bits;
}
function maskedBitsClear(n, width, mask) {
  for (let rest = n >> width; rest !== 0n; rest >>= width) if ((rest & mask) !== 0n) return false;
  return true;
}
function generatorPattern(magnitude, n, bits) {
  if (bits < 500) return null;
  const percent = setBitPercent(magnitude, bits);
  if (percent >= 40) return null;
  const lowerBytes = magnitude.subarray(magnitude.length - Math.floor(bits / 16));
  if (setBitPercent(lowerBytes, lowerBytes.length * 8) >= 40) return null;
  const rounded = percent.toFixed(0);
  if (maskedBitsClear(n, 128n, 0xffffffffffff0000n))
    return `its modulus has only ${rounded}% of its bits set, in 128-bit blocks with the same empty middle`;
  if (maskedBitsClear(n, 32n, 0x3ff00000n))
    return `its modulus has only ${rounded}% of its bits set, in 32-bit words with the same empty bits`;
  return `its modulus has only ${rounded}% of its bits set, the mark of a broken key generator`;
}

// src/core/checks/rsa-checks.ts
var ROCA_PRIMES = primesBelow(168).filter((prime) => prime > 2);
var ROCA_GROUPS = numberSizedGroups(ROCA_PRIMES);
var ROCA_SUBGROUPS = new Map(
  ROCA_PRIMES.map((prime) => {
    const members = new Uint8Array(prime);
    for (let power = 1, generator = 65537 % prime; !members[power]; power = power * generator % prime) members[power] = 1;
    return [prime, members];
  })
);
function hasRocaFingerprint(n) {
  for (const group of ROCA_GROUPS) {
    const residue = Number(n % group.product);
    for (const prime of group.primes) if (!ROCA_SUBGROUPS.get(prime)[residue % prime]) return false;
  }
  return true;
}
var FERMAT_STEPS = 100;
var SQUARE_FILTERS = [64, 63, 65, 11].map((modulus) => {
  const residues = new Uint8Array(modulus);
  for (let x = 0; x < modulus; x++) residues[x * x % modulus] = 1;
  return { modulus, big: BigInt(modulus), residues };
});
function fermatSteps(n, steps = FERMAT_STEPS) {
  const root = isqrt(n);
  if (root * root === n) return 0;
  const a0 = root + 1n;
  const start = a0 * a0 - n;
  const state = SQUARE_FILTERS.map((filter) => ({
    filter,
    value: Number(start % filter.big),
    step: Number((2n * a0 + 1n) % filter.big)
  }));
  for (let step = 0; step < steps; step++) {
    if (state.every(({ filter, value }) => filter.residues[value])) {
      const s = BigInt(step);
      if (isSquare(start + 2n * a0 * s + s * s)) return step + 1;
    }
    for (const entry of state) {
      entry.value = (entry.value + entry.step) % entry.filter.modulus;
      entry.step = (entry.step + 2) % entry.filter.modulus;
    }
  }
  return null;
}
function hasSmallPrivateExponent(n, e) {
  if (e < 1n << 32n || e >= n) return false;
  if (bitLengthOf(n) > RSA_MAX_BITS) return false;
  const bound = 1n << BigInt(Math.ceil(bitLengthOf(n) / 4) + 1);
  let [x, y] = [e, n];
  let [h0, h1] = [0n, 1n];
  let [k0, k1] = [1n, 0n];
  while (y !== 0n) {
    const quotient = x / y;
    [x, y] = [y, x - quotient * y];
    [h0, h1] = [h1, quotient * h1 + h0];
    [k0, k1] = [k1, quotient * k1 + k0];
    const k = h1;
    const d = k1;
    if (d > bound) return false;
    if (k === 0n || (e * d - 1n) % k !== 0n) continue;
    const phi = (e * d - 1n) / k;
    const sum = n - phi + 1n;
    if (sum % 2n !== 0n) continue;
    const half = sum / 2n;
    if (half * half - n >= 0n && isSquare(half * half - n)) return true;
  }
  return false;
}
function invalidRsaParameters(n, e, bits) {
  if (n % 2n === 0n) return "its modulus is even";
  if (bits < 128) return `its modulus is only ${bits} bits`;
  if (e < 3n) return `its public exponent is ${e}, below 3`;
  if (e % 2n === 0n) return "its public exponent is even";
  if (e >= n) return "its public exponent is not smaller than the modulus";
  return null;
}

// src/core/checks/key-math.ts
function rsaFindings(info) {
  if ((info.bits ?? 0) > RSA_MAX_BITS) {
    return [
      {
        rule: "invalid-key",
        message: `This ${info.bits}-bit RSA key is larger than the ${RSA_MAX_BITS} bits OpenSSH accepts (SSH_RSA_MAXIMUM_MODULUS_SIZE), so no OpenSSH client or server can use it; replace it with an Ed25519 key.`
      }
    ];
  }
  const n = toBigInt(info.params.n);
  const e = toBigInt(info.params.e);
  const bits = info.bits ?? 0;
  const invalid = invalidRsaParameters(n, e, bits);
  if (invalid)
    return [{ rule: "factorable-key", message: `This RSA key is not a valid key: ${invalid}; replace it with a new Ed25519 key.` }];
  const found = [];
  if (hasRocaFingerprint(n)) {
    found.push({
      rule: "roca-key",
      message: "This RSA key was generated by a vulnerable Infineon chip (ROCA, CVE-2017-15361), so its private key can be computed; replace it with a key made on a patched device."
    });
  }
  const steps = fermatSteps(n);
  if (steps !== null) {
    const how = steps === 0 ? "its modulus is a perfect square" : `its two primes are so close that Fermat's method factors it in ${steps} step${steps === 1 ? "" : "s"}`;
    found.push({ rule: "factorable-key", message: `This RSA key can be factored because ${how}; treat it as compromised and replace it.` });
  }
  if (hasSmallPrivateExponent(n, e)) {
    found.push({
      rule: "factorable-key",
      message: `This RSA key's private exponent is small enough for Wiener's attack to recover it from the public key; treat it as compromised and replace it.`
    });
  }
  const pattern = generatorPattern(info.params.n, n, bits);
  if (pattern)
    found.push({
      rule: "weak-rsa-key",
      message: `This RSA key comes from a broken generator: ${pattern}; replace it with an Ed25519 key.`
    });
  return found;
}
function computeFindings(info, blocklist) {
  const found = [];
  const listed = blocklist.get(info.fingerprint);
  if (listed) {
    found.push({
      rule: "compromised-key",
      message: `This key is the publicly known ${listed.label} (${listed.source}): its private half is published, so anyone can use it; remove it and generate a new key.`
    });
  }
  const { params } = info;
  if (params.family === "rsa") found.push(...rsaFindings(info));
  else if (params.family === "dsa" && hasSparseDsaPrime(toBigInt(params.p))) {
    found.push({
      rule: "factorable-key",
      message: "This DSA key uses a sparse prime from a broken generator (badkeys dsasparse), so its private key can be recovered; replace it with an Ed25519 key."
    });
  } else if ((params.family === "ecdsa" || params.family === "sk-ecdsa") && !isOnCurve(params.curve, params.point)) {
    found.push({
      rule: "invalid-key",
      message: `This ECDSA key's point is not on the ${params.curve} curve, so it is not a valid key (and invites invalid-curve attacks); re-export it from its source.`
    });
  }
  return found;
}
function mathFindings(info, memo, blocklist = BUILT_IN_BLOCKLIST) {
  const cached = memo?.get(info.fingerprint);
  if (cached) return cached;
  const found = computeFindings(info, blocklist);
  memo?.set(info.fingerprint, found);
  return found;
}

// src/core/checks/key-rules.ts
function finding(rule, context, key, message) {
  return makeFinding(rule, { path: context.path, line: key.line, fingerprint: key.info?.fingerprint ?? null }, message);
}
function describe(key) {
  const info = key.info;
  if (!info) return key.declaredType === "unknown" ? "key" : `${key.declaredType} key`;
  return info.bits === null ? `${info.plainType} key` : `${info.bits}-bit ${info.plainType} key`;
}
function privateKeyMessage(key) {
  const what = key.format === "pkcs8" || key.format === "pem" ? `${describe(key)} (${key.format.toUpperCase()})` : describe(key);
  const protection = key.problem && !key.info ? "it does not decode, so whether it is encrypted is unknown: treat it as leaked" : key.encrypted ? "it is encrypted, but a passphrase can be cracked offline" : "it is not encrypted, so anyone who can read the repository can use it";
  return `A private ${what} is committed here and ${protection}: revoke it, rotate to a new key kept in a secret store, and purge it from git history.`;
}
function checkKey(key, context) {
  const findings = [];
  if (key.isPrivate) findings.push(finding("private-key", context, key, privateKeyMessage(key)));
  if (key.problem) {
    findings.push(finding("invalid-key", context, key, `This looks like a key but ${key.problem}; re-export it from its source.`));
  }
  const info = key.info;
  if (!info || key.marker === "revoked") return findings;
  const family = info.params.family;
  if (family === "unknown") {
    findings.push(
      finding(
        "unknown-key-type",
        context,
        key,
        `This ${info.type} key is of a type ssh-key-audit does not know, so its size and strength are not checked; judge it yourself and allow its fingerprint.`
      )
    );
    return findings;
  }
  if (family === "dsa") {
    findings.push(
      finding(
        "dsa-key",
        context,
        key,
        `This DSA (ssh-dss) key no longer works: OpenSSH disabled DSA in 7.0 and removed it in 10.0; replace it with an Ed25519 key.`
      )
    );
  } else if (family === "rsa" && (info.bits ?? 0) < context.minRsaBits) {
    findings.push(
      finding(
        "weak-rsa-key",
        context,
        key,
        `This ${info.bits}-bit RSA key is below the ${context.minRsaBits}-bit minimum and can be broken; replace it with an Ed25519 key.`
      )
    );
  } else if (family === "rsa") {
    findings.push(
      finding(
        "legacy-rsa-key",
        context,
        key,
        `This ${info.bits}-bit RSA key still works with rsa-sha2-256/512, but servers that only speak ssh-rsa (SHA-1), disabled since OpenSSH 8.8, fail with "no mutual signature algorithm"; an Ed25519 key avoids that.`
      )
    );
  }
  for (const weakness of mathFindings(info, context.memo, context.blocklist))
    findings.push(finding(weakness.rule, context, key, weakness.message));
  const cert = info.certificate;
  if (cert) {
    if (cert.signatureValid === false) {
      findings.push(
        finding(
          "invalid-key",
          context,
          key,
          `This certificate's CA signature (${cert.signatureAlgorithm}) does not verify against its CA key ${cert.ca.fingerprint}, so sshd will reject it; re-issue it.`
        )
      );
    }
    if (cert.signatureAlgorithm === "ssh-rsa") {
      findings.push(
        finding(
          "cert-sha1-signature",
          context,
          key,
          `This certificate is signed with ssh-rsa (SHA-1), which OpenSSH 8.2+ rejects by default; re-sign it with "ssh-keygen -s CA -t rsa-sha2-512".`
        )
      );
    }
    const nowSeconds = BigInt(Math.floor(context.now.getTime() / 1e3));
    if (cert.validBefore === null && cert.validBeforeSeconds !== 0n) {
      findings.push(
        finding(
          "cert-no-expiry",
          context,
          key,
          `This ${cert.certType} certificate "${liftText(cert.keyId)}" never expires; issue certificates with a validity interval (ssh-keygen -s ... -V +52w).`
        )
      );
    } else if (cert.validBeforeSeconds <= nowSeconds) {
      findings.push(
        finding(
          "cert-expired",
          context,
          key,
          `This ${cert.certType} certificate "${liftText(cert.keyId)}" expired on ${cert.validBefore ?? "the epoch"}; issue a new one or delete it.`
        )
      );
    }
  }
  return findings;
}

// src/core/inventory.ts
function utf8(text) {
  const lifted = liftOptional(text);
  return lifted === null ? null : Buffer.from(lifted, "latin1").toString("utf8");
}
var MAX_LIFTED_NAMES = 100;
function liftNames(names) {
  return names.slice(0, MAX_LIFTED_NAMES).map((name) => liftText(name));
}
function toRecord(key, path, sourceOverride) {
  const info = key.info;
  const record = {
    path,
    line: key.line,
    source: sourceOverride && !key.isPrivate ? sourceOverride : key.source,
    type: info?.type ?? key.declaredType,
    bits: info?.bits ?? null,
    fingerprint: info?.fingerprint ?? null,
    comment: utf8(key.comment)
  };
  if (info?.params.family === "rsa" && sourceOverride !== "secret") record.rsaModulus = info.params.n.toString("hex");
  if (key.format) record.format = key.format;
  if (key.encrypted !== void 0) record.encrypted = key.encrypted;
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
      signatureValid: cert.signatureValid
    };
  }
  return record;
}
var MAX_LAYERS = 2;
function occurrencesIn(bytes, context, markers, depth, path = context.path) {
  const { keyLine: hasLines, keyBlock: hasBlocks } = markers;
  const encoded = depth < MAX_LAYERS && (markers.encoded ?? hasEncodedKeyMarker(bytes));
  if (!hasLines && !hasBlocks && !encoded) return [];
  const text = bytes.toString("latin1");
  const occurrences = [...hasBlocks ? findKeyBlocks(text) : [], ...hasLines ? findPublicKeyLines(text, { path }) : []];
  const percent = depth < MAX_LAYERS && (hasLines || hasBlocks) && mayHoldPercentEncodedKey(text);
  if (!encoded && !percent) return occurrences;
  const layers = [...encoded ? findEncodedLayers(text) : [], ...percent ? findPercentEncodedLayers(text) : []];
  for (const layer of layers) {
    const inner = decodeTextBytes(layer.bytes).bytes;
    for (const key of occurrencesIn(inner, context, findMarkers(inner), depth + 1, layer.name ?? path)) {
      occurrences.push({ ...key, line: layer.line, layers: [...layer.layers, ...key.layers ?? []] });
    }
  }
  return occurrences;
}
function inventoryBytes(bytes, context, sourceOverride, markers) {
  const occurrences = occurrencesIn(bytes, context, markers ?? findMarkers(bytes), 0);
  if (occurrences.length === 0) return { keys: [], findings: [], rsaModuli: [] };
  const keys = [];
  const findings = [];
  const rsaModuli = [];
  for (const key of occurrences) {
    if (key.info || key.isPrivate) {
      const record = toRecord(key, context.path, sourceOverride);
      keys.push(record);
      if (key.info?.params.family === "rsa" && key.marker !== "revoked" && (key.info.bits ?? 0) <= RSA_MAX_BITS)
        rsaModuli.push({ n: key.info.params.n, key: record });
    }
    findings.push(...checkKey(key, context));
  }
  findings.push(...encodingFindings(context.path, bytes.toString("latin1", 0, 64), context.textEncoding ?? "utf-8", occurrences));
  return { keys, findings, rsaModuli };
}

export {
  inventoryBytes
};
