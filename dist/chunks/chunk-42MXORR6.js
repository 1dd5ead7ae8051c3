#!/usr/bin/env node

// src/core/redact.ts
var WITHHELD = "[private key material withheld by ssh-key-audit]";
var BASE64 = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") BASE64[char.charCodeAt(0)] = 1;
var BODY = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\\?:,- 	\r\n") BODY[char.charCodeAt(0)] = 1;
function isBase64(code) {
  return code < 128 && BASE64[code] === 1;
}
function isBody(code) {
  return code < 128 && BODY[code] === 1;
}
function labelled(text, from) {
  const label = text.slice(from, from + 64);
  const close = label.indexOf("-----");
  return close !== -1 && label.slice(0, close).endsWith("PRIVATE KEY");
}
var PRIVATE_OPENINGS = [
  {
    opening: "-----BEGIN ",
    // Any label ending in PRIVATE KEY: RSA, DSA, EC, OPENSSH, ENCRYPTED, or none (PKCS#8).
    private: (text, at) => labelled(text, at + 11),
    end: "-----END ",
    close: "-----"
  },
  {
    opening: "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY",
    private: () => true,
    end: "---- END ",
    close: " ----"
  },
  { opening: "Private-Lines:", private: () => true, end: "Private-MAC:", close: "" },
  // An END line alone still says that a body was next to it.
  {
    opening: "-----END ",
    private: (text, at) => labelled(text, at + 9),
    end: "-----END ",
    close: "-----"
  }
];
function bodyEnd(text, from, end, close) {
  let stop = from;
  while (stop < text.length && isBody(text.charCodeAt(stop))) stop++;
  const body = text.slice(from, stop);
  const endLine = body.indexOf(end);
  if (endLine === -1) return stop;
  if (close === "") return from + endLine;
  const closing = body.indexOf(close, endLine + end.length);
  return closing === -1 ? stop : from + closing + close.length;
}
var OPENSSH_MAGIC = "b3BlbnNzaC1rZXktdjE";
var DER_OPENINGS = ["MHcCAQEE", "MIGkAgEBBD", "MIHcAgEBBE", "MC4CAQAwBQYDK2Vw"];
var OPENINGS = [OPENSSH_MAGIC, "MII", ...DER_OPENINGS];
function opensPrivateKey(run) {
  if (run.includes(OPENSSH_MAGIC)) return true;
  if (run.startsWith("MII") && (run.startsWith("IBAAK", 6) || run.startsWith("IBADAN", 6))) return true;
  return DER_OPENINGS.some((opening) => run.startsWith(opening));
}
var WINDOW = 24;
var STEP = 8;
var MIN_RUN = WINDOW + STEP - 1;
var MAX_REGISTERED_CHARS = 2 * 1024 * 1024;
var windows = /* @__PURE__ */ new Set();
var windowHashes = /* @__PURE__ */ new Set();
var HASH_BASE = 16777619;
var power = 1;
for (let index = 1; index < WINDOW; index++) power = Math.imul(power, HASH_BASE);
var LEAVING = power;
var registered = 0;
var withheld = 0;
function hashAt(text, from) {
  let hash = 0;
  for (let index = from; index < from + WINDOW; index++) hash = Math.imul(hash, HASH_BASE) + text.charCodeAt(index) | 0;
  return hash;
}
function notePrivateMaterial(base64) {
  if (registered + base64.length > MAX_REGISTERED_CHARS) return;
  registered += base64.length;
  for (let index = 0; index + WINDOW <= base64.length; index += STEP) {
    windows.add(base64.slice(index, index + WINDOW));
    windowHashes.add(hashAt(base64, index));
  }
}
function repeatsPrivateMaterial(run) {
  if (windows.size === 0 || run.length < WINDOW) return false;
  let hash = hashAt(run, 0);
  for (let index = 0; ; index++) {
    if (windowHashes.has(hash) && windows.has(run.slice(index, index + WINDOW))) return true;
    if (index + WINDOW >= run.length) return false;
    hash = Math.imul(hash - Math.imul(run.charCodeAt(index), LEAVING), HASH_BASE) + run.charCodeAt(index + WINDOW) | 0;
  }
}
var ANY_OPENING = /-----BEGIN |---- BEGIN SSH2 ENCRYPTED PRIVATE KEY|Private-Lines:|-----END |b3BlbnNzaC1rZXktdjE|MII|MHcCAQEE|MIGkAgEBBD|MIHcAgEBBE|MC4CAQAwBQYDK2Vw/g;
var RUN_OPENING = /b3BlbnNzaC1rZXktdjE|MII|MHcCAQEE|MIGkAgEBBD|MIHcAgEBBE|MC4CAQAwBQYDK2Vw/g;
var MARKER_OPENINGS = PRIVATE_OPENINGS.map(({ opening }) => opening);
function openingsAt(text, pattern) {
  const hits = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    hits.push(match.index);
    pattern.lastIndex = match.index + 1;
  }
  return hits;
}
function withholdMarkers(text, hits) {
  let out = "";
  let copied = 0;
  let count = 0;
  for (const at of hits) {
    if (at < copied) continue;
    for (const opening of PRIVATE_OPENINGS) {
      if (!text.startsWith(opening.opening, at) || !opening.private(text, at)) continue;
      const stop = bodyEnd(text, at + opening.opening.length, opening.end, opening.close);
      out += text.slice(copied, at) + WITHHELD;
      copied = stop;
      count++;
      break;
    }
  }
  return count === 0 ? { text, count } : { text: out + text.slice(copied), count };
}
function runAround(text, at) {
  let start = at;
  while (start > 0 && isBase64(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && isBase64(text.charCodeAt(end))) end++;
  return { start, end };
}
function paddedEnd(text, start, end) {
  let stop = end;
  while (stop < text.length && stop - start < end - start + 2 && text.charCodeAt(stop) === 61) stop++;
  return stop;
}
function privateRuns(text, hits) {
  const found = [];
  if (windows.size > 0) {
    for (let index = 0; index < text.length; ) {
      if (!isBase64(text.charCodeAt(index))) {
        index++;
        continue;
      }
      const start = index;
      while (index < text.length && isBase64(text.charCodeAt(index))) index++;
      if (index - start < MIN_RUN) continue;
      const run = text.slice(start, index);
      if (opensPrivateKey(run) || repeatsPrivateMaterial(run)) {
        index = paddedEnd(text, start, index);
        found.push({ start, end: index });
      }
    }
    return found;
  }
  let judged = 0;
  for (const at of hits) {
    if (at < judged || !text.startsWith(OPENSSH_MAGIC, at) && at > 0 && isBase64(text.charCodeAt(at - 1))) continue;
    const { start, end } = runAround(text, at);
    judged = end;
    if (end - start >= MIN_RUN && opensPrivateKey(text.slice(start, end))) {
      judged = paddedEnd(text, start, end);
      found.push({ start, end: judged });
    }
  }
  return found;
}
function withholdRuns(text, hits) {
  const runs = privateRuns(text, hits);
  if (runs.length === 0) return { text, count: 0 };
  let out = "";
  let copied = 0;
  for (const { start, end } of runs) {
    out += text.slice(copied, start) + WITHHELD;
    copied = end;
  }
  return { text: out + text.slice(copied), count: runs.length };
}
function guardOutput(text) {
  const hits = openingsAt(text, ANY_OPENING);
  const markers = withholdMarkers(
    text,
    hits.filter((at) => MARKER_OPENINGS.some((opening) => text.startsWith(opening, at)))
  );
  const runHits = markers.count === 0 ? hits : openingsAt(markers.text, RUN_OPENING);
  const runs = withholdRuns(
    markers.text,
    runHits.filter((at) => OPENINGS.some((opening) => markers.text.startsWith(opening, at)))
  );
  const count = markers.count + runs.count;
  withheld += count;
  return { text: runs.text, withheld: count };
}
function guardText(text) {
  return guardOutput(text).text;
}
function withheldTotal() {
  return withheld;
}
function withheldWarning(count) {
  return `withheld ${count} piece${count === 1 ? "" : "s"} of private key material from the output; a reader let it through, please report this (without the key)`;
}

export {
  notePrivateMaterial,
  guardText,
  withheldTotal,
  withheldWarning
};
