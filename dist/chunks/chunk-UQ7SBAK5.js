#!/usr/bin/env node
import {
  LineCounter
} from "./chunk-ZO5PTKSB.js";

// src/core/keys/unwrap/encoded-layers.ts
import { createRequire } from "node:module";
var NEEDLES = ["LS0t", "QUF", "H4sI"];
var NEEDLE_BYTES = NEEDLES.map((needle) => Buffer.from(needle));
var MIN_TOKEN = 104;
var MAX_TOKEN = 1 << 20;
var MAX_GUNZIP = 1 << 20;
var BINARY_PROBE = 8e3;
function hasEncodedKeyMarker(bytes) {
  return NEEDLE_BYTES.some((needle) => bytes.includes(needle));
}
var isNameChar = (code) => isBase64Char(code) || code === 95 || code === 46 || code === 45;
function valueName(text, start) {
  let index = start;
  const skip = (test) => {
    while (index > 0 && start - index < 64 && test(text.charCodeAt(index - 1))) index--;
  };
  skip((code) => code === 34 || code === 39 || code === 32 || code === 9);
  if (index === 0 || text[index - 1] !== ":" && text[index - 1] !== "=") return void 0;
  index--;
  skip((code) => code === 34 || code === 39 || code === 32 || code === 9);
  const end = index;
  skip(isNameChar);
  return index < end ? text.slice(index, end) : void 0;
}
function isBase64Char(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 43 || code === 47;
}
var requireBuiltin = createRequire(import.meta.url);
var zlib;
function decodeToken(token) {
  if (token.length % 4 === 1) return null;
  const decoded = Buffer.from(token, "base64");
  if (decoded[0] === 31 && decoded[1] === 139) {
    try {
      zlib ??= requireBuiltin("node:zlib");
      return { bytes: zlib.gunzipSync(decoded, { maxOutputLength: MAX_GUNZIP }), layers: ["base64", "gzip"] };
    } catch {
      return null;
    }
  }
  return { bytes: decoded, layers: ["base64"] };
}
var isLineEnd = (code) => Number.isNaN(code) || code === 10 || code === 13;
function wrappedEnd(text, start, end) {
  const width = end - start;
  if (width < 60 || width % 4 !== 0 || !isLineEnd(text.charCodeAt(end))) return end;
  let at2 = end;
  while (at2 - start < MAX_TOKEN) {
    let next = at2;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) !== 10) break;
    next++;
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
    const segmentStart = next;
    while (isBase64Char(text.charCodeAt(next))) next++;
    while (text.charCodeAt(next) === 61) next++;
    const length = next - segmentStart;
    if (length === 0 || length > width || !isLineEnd(text.charCodeAt(next))) break;
    at2 = next;
    if (length < width || text.charCodeAt(next - 1) === 61) break;
  }
  return at2;
}
function findEncodedLayers(text) {
  const tokens = /* @__PURE__ */ new Map();
  for (const needle of NEEDLES) {
    let floor = 0;
    for (let hit = text.indexOf(needle); hit !== -1; hit = text.indexOf(needle, floor)) {
      let start = hit;
      while (start > floor && isBase64Char(text.charCodeAt(start - 1))) start--;
      let end = hit;
      while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
      while (end < text.length && text.charCodeAt(end) === 61 && end - start < MAX_TOKEN) end++;
      end = wrappedEnd(text, start, end);
      tokens.set(start, Math.max(end, tokens.get(start) ?? 0));
      floor = Math.max(end, hit + needle.length);
    }
  }
  const lines = new LineCounter(text);
  const found = [];
  let covered = -1;
  for (const [start, end] of [...tokens].sort((a, b) => a[0] - b[0])) {
    if (end <= covered) continue;
    covered = end;
    const token = text.slice(start, end).replace(/\s+/g, "");
    if (token.length < MIN_TOKEN || token.length > MAX_TOKEN) continue;
    const decoded = decodeToken(token);
    if (!decoded || decoded.bytes.subarray(0, BINARY_PROBE).includes(0)) continue;
    const name = valueName(text, start);
    found.push({ line: lines.lineAt(start), ...decoded, ...name ? { name } : {} });
  }
  return found;
}

// src/core/markers.ts
var DASH = 45;
var T = 116;
var NEWLINE = 10;
var BLOB_START = Buffer.from(" AAAA");
var SSH = Buffer.from("ssh");
var SCP = Buffer.from("scp");
var FTP = Buffer.from("ftp");
var NAME_LIMIT = 64;
function blobFollowsName(bytes, from) {
  for (let index = from; index < from + NAME_LIMIT && index < bytes.length; index++) {
    const code = bytes[index];
    if (code === 32) return at(bytes, index, BLOB_START);
    if (code <= 32 || code >= 127) return false;
  }
  return false;
}
function hasTypeFlag(bytes, from) {
  for (let index = from; index + 1 < bytes.length && bytes[index] !== NEWLINE; index++) {
    if (bytes[index] === DASH && bytes[index + 1] === T) return true;
  }
  return false;
}
function afterClientName(bytes, end) {
  const name = end - 5;
  return at(bytes, name, SSH) || at(bytes, name, SCP) || at(bytes, name, FTP);
}
var MARKER_PATTERNS = [
  // ssh-rsa, ssh-dss, ssh-ed25519, their -cert-v01@openssh.com forms and sk-ssh-ed25519@openssh.com.
  { marker: "keyLine", text: "ssh-rsa" },
  { marker: "keyLine", text: "ssh-dss" },
  { marker: "keyLine", text: "ssh-ed25519" },
  // ecdsa-sha2-nistp256/384/521 and sk-ecdsa-sha2-nistp256@openssh.com.
  { marker: "keyLine", text: "ecdsa-sha2-nistp" },
  // `ssh-NAME AAAA`: a key type this scanner does not know (ssh-mldsa44-ed25519@openssh.com...), still a key.
  { marker: "keyLine", text: "ssh-", test: blobFollowsName },
  // The block openers the block finder knows: PEM (RFC 7468), SSH2 (RFC 4716), PuTTY.
  // No space: `-----BEGIN%20` is the armour of a percent-encoded key (keys/unwrap/percent-encoding.ts).
  { marker: "keyBlock", text: "-----BEGIN" },
  { marker: "keyBlock", text: "---- BEGIN " },
  { marker: "keyBlock", text: "PuTTY-User-Key-File-" },
  { marker: "command", text: "ssh-keygen", test: hasTypeFlag },
  { marker: "command", text: "-o" },
  { marker: "clientFlags", text: " -", test: afterClientName },
  { marker: "directive", text: "ssh-key-audit:" }
];
function compile(patterns) {
  const groups = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const text = Buffer.from(pattern.text, "latin1");
    const anchorAt = pattern.anchor ?? text.indexOf(DASH);
    if (anchorAt < 0 || anchorAt >= text.length) throw new Error(`marker ${pattern.text} needs an anchor`);
    const anchor = text[anchorAt];
    let group = groups.get(anchor);
    if (!group) groups.set(anchor, group = { anchor, byNext: new Array(257) });
    const after = text.subarray(anchorAt + 1);
    const key = after.length === 0 ? 256 : after[0];
    (group.byNext[key] ??= []).push({ marker: pattern.marker, before: text.subarray(0, anchorAt), after, test: pattern.test });
  }
  return [...groups.values()];
}
var compiled = null;
function at(bytes, offset, expected) {
  if (offset < 0 || bytes.length < offset + expected.length) return false;
  for (let index = 0; index < expected.length; index++) if (bytes[offset + index] !== expected[index]) return false;
  return true;
}
function matches(bytes, anchorAt, pattern) {
  if (!at(bytes, anchorAt + 1, pattern.after) || !at(bytes, anchorAt - pattern.before.length, pattern.before)) return false;
  return pattern.test === void 0 || pattern.test(bytes, anchorAt + 1 + pattern.after.length);
}
function dispatch(bytes, hit, list, found) {
  if (list === void 0) return 0;
  let added = 0;
  for (const pattern of list) {
    if (!found[pattern.marker] && matches(bytes, hit, pattern)) {
      found[pattern.marker] = true;
      added++;
    }
  }
  return added;
}
var NEARBY = 64;
function nextAnchor(bytes, anchor, from) {
  const near = Math.min(from + NEARBY, bytes.length);
  for (let index = from; index < near; index++) if (bytes[index] === anchor) return index;
  return near === bytes.length ? -1 : bytes.indexOf(anchor, near);
}
function findMarkers(bytes) {
  compiled ??= compile(MARKER_PATTERNS);
  const found = { keyLine: false, keyBlock: false, command: false, clientFlags: false, directive: false, encoded: false };
  let missing = Object.keys(found).length - 1;
  for (const { anchor, byNext } of compiled) {
    const last = byNext[256];
    for (let hit = bytes.indexOf(anchor); hit !== -1 && missing > 0; hit = nextAnchor(bytes, anchor, hit + 1)) {
      if (hit + 1 < bytes.length) missing -= dispatch(bytes, hit, byNext[bytes[hit + 1]], found);
      missing -= dispatch(bytes, hit, last, found);
    }
  }
  found.encoded = hasEncodedKeyMarker(bytes);
  return found;
}

// src/core/lifted-text.ts
var MAX_LIFTED_TEXT = 200;
var BLOCK_STARTS = ["-----BEGIN", "---- BEGIN", "PuTTY-User-Key-File-", "Private-Lines:", "\\n", "\\r"];
function liftText(text, max = MAX_LIFTED_TEXT) {
  const head = text.length > max + 1 ? text.slice(0, max + 1) : text;
  let end = head.length;
  for (const start of BLOCK_STARTS) {
    const found = head.indexOf(start);
    if (found !== -1 && found < end) end = found;
  }
  if (end < head.length || head.length <= max) return head.slice(0, end).trimEnd();
  return `${head.slice(0, max).trimEnd()}\u2026`;
}
function liftOptional(text) {
  return text === null ? null : liftText(text);
}

// src/core/text-encoding.ts
var UTF16_PROBE = 8e3;
function looksUtf16(bytes) {
  return bytes.length > 2 && bytes.subarray(2, UTF16_PROBE).includes(0);
}
function decodeTextBytes(bytes) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return { bytes: bytes.subarray(3), encoding: "utf-8-bom" };
  if (!looksUtf16(bytes)) return { bytes, encoding: "utf-8" };
  if (bytes[0] === 255 && bytes[1] === 254) {
    return { bytes: Buffer.from(bytes.subarray(2, bytes.length - bytes.length % 2).toString("utf16le"), "utf8"), encoding: "utf-16le" };
  }
  if (bytes[0] === 254 && bytes[1] === 255) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - bytes.length % 2));
    swapped.swap16();
    return { bytes: Buffer.from(swapped.toString("utf16le"), "utf8"), encoding: "utf-16be" };
  }
  return { bytes, encoding: "utf-8" };
}

export {
  hasEncodedKeyMarker,
  findEncodedLayers,
  findMarkers,
  liftText,
  liftOptional,
  decodeTextBytes
};
