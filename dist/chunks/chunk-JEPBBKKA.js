#!/usr/bin/env node
import {
  liftText
} from "./chunk-ETGSMTXK.js";
import {
  matchWildcard
} from "./chunk-25ZG4RWI.js";

// src/core/data/algorithms.ts
var SHA1_KEX = "SHA-1, broken for collisions";
var KEX = {
  "diffie-hellman-group1-sha1": { rule: "weak-kex", reason: "1024-bit group with SHA-1, open to Logjam, off by default since OpenSSH 7.0" },
  "diffie-hellman-group1-sha256": { rule: "weak-kex", reason: "1024-bit group, open to Logjam" },
  "diffie-hellman-group14-sha1": { rule: "weak-kex", reason: SHA1_KEX },
  "diffie-hellman-group-exchange-sha1": { rule: "weak-kex", reason: SHA1_KEX },
  "rsa1024-sha1": { rule: "weak-kex", reason: "1024-bit RSA with SHA-1" },
  "gss-gex-sha1-": { rule: "weak-kex", reason: SHA1_KEX },
  "gss-group1-sha1-": { rule: "weak-kex", reason: "1024-bit group with SHA-1, open to Logjam" },
  "gss-group14-sha1-": { rule: "weak-kex", reason: SHA1_KEX },
  "diffie-hellman-group14-sha256": null,
  "diffie-hellman-group16-sha512": null,
  "diffie-hellman-group18-sha512": null,
  "diffie-hellman-group-exchange-sha256": null,
  "ecdh-sha2-nistp256": null,
  "ecdh-sha2-nistp384": null,
  "ecdh-sha2-nistp521": null,
  "curve25519-sha256": null,
  "curve25519-sha256@libssh.org": null,
  "sntrup761x25519-sha512": null,
  "sntrup761x25519-sha512@openssh.com": null,
  "mlkem768x25519-sha256": null
};
var CBC = "CBC mode, open to plaintext recovery, CVE-2008-5161";
var CIPHERS = {
  "3des-cbc": { rule: "weak-cipher", reason: "64-bit block, open to Sweet32, CVE-2016-2183" },
  "blowfish-cbc": { rule: "weak-cipher", reason: "64-bit block, open to Sweet32, removed in OpenSSH 7.6" },
  "cast128-cbc": { rule: "weak-cipher", reason: "64-bit block, open to Sweet32, removed in OpenSSH 7.6" },
  arcfour: { rule: "weak-cipher", reason: "RC4, broken per RFC 7465, removed in OpenSSH 7.6" },
  arcfour128: { rule: "weak-cipher", reason: "RC4, broken per RFC 7465, removed in OpenSSH 7.6" },
  arcfour256: { rule: "weak-cipher", reason: "RC4, broken per RFC 7465, removed in OpenSSH 7.6" },
  "aes128-cbc": { rule: "weak-cipher", reason: CBC },
  "aes192-cbc": { rule: "weak-cipher", reason: CBC },
  "aes256-cbc": { rule: "weak-cipher", reason: CBC },
  "rijndael-cbc@lysator.liu.se": { rule: "weak-cipher", reason: `${CBC}, removed in OpenSSH 7.6` },
  none: { rule: "weak-cipher", reason: "no encryption at all" },
  "aes128-ctr": null,
  "aes192-ctr": null,
  "aes256-ctr": null,
  "aes128-gcm@openssh.com": null,
  "aes256-gcm@openssh.com": null,
  "chacha20-poly1305@openssh.com": null
};
var MD5 = "MD5, broken";
var SHORT_TAG = "64-bit tag, too short";
var SHA1_MAC = "SHA-1, kept in OpenSSH only for compatibility";
var MACS = {
  "hmac-md5": { rule: "weak-mac", reason: MD5 },
  "hmac-md5-96": { rule: "weak-mac", reason: MD5 },
  "hmac-md5-etm@openssh.com": { rule: "weak-mac", reason: MD5 },
  "hmac-md5-96-etm@openssh.com": { rule: "weak-mac", reason: MD5 },
  "hmac-ripemd160": { rule: "weak-mac", reason: "RIPEMD-160, removed in OpenSSH 7.6" },
  "hmac-ripemd160@openssh.com": { rule: "weak-mac", reason: "RIPEMD-160, removed in OpenSSH 7.6" },
  "hmac-ripemd160-etm@openssh.com": { rule: "weak-mac", reason: "RIPEMD-160, removed in OpenSSH 7.6" },
  "hmac-sha1-96": { rule: "weak-mac", reason: "SHA-1 truncated to 96 bits" },
  "hmac-sha1-96-etm@openssh.com": { rule: "weak-mac", reason: "SHA-1 truncated to 96 bits" },
  "hmac-sha1": { rule: "weak-mac", reason: SHA1_MAC },
  "hmac-sha1-etm@openssh.com": { rule: "weak-mac", reason: SHA1_MAC },
  "umac-64@openssh.com": { rule: "weak-mac", reason: SHORT_TAG },
  "umac-64-etm@openssh.com": { rule: "weak-mac", reason: SHORT_TAG },
  "hmac-sha2-256": null,
  "hmac-sha2-512": null,
  "umac-128@openssh.com": null,
  "hmac-sha2-256-etm@openssh.com": null,
  "hmac-sha2-512-etm@openssh.com": null,
  "umac-128-etm@openssh.com": null
};
var SHA1_RSA = "RSA signatures with SHA-1, off by default since OpenSSH 8.8";
var SHA1_DSS = "DSA signatures with SHA-1, off since OpenSSH 7.0 and removed in 10.0";
var SIGNATURES = {
  "ssh-rsa": { rule: "sha1-signatures-enabled", reason: SHA1_RSA },
  "ssh-rsa-cert-v01@openssh.com": { rule: "sha1-signatures-enabled", reason: SHA1_RSA },
  "ssh-rsa-cert-v00@openssh.com": { rule: "sha1-signatures-enabled", reason: SHA1_RSA },
  "ssh-dss": { rule: "sha1-signatures-enabled", reason: SHA1_DSS },
  "ssh-dss-cert-v01@openssh.com": { rule: "sha1-signatures-enabled", reason: SHA1_DSS },
  "ssh-dss-cert-v00@openssh.com": { rule: "sha1-signatures-enabled", reason: SHA1_DSS },
  "ssh-ed25519": null,
  "ssh-ed25519-cert-v01@openssh.com": null,
  "sk-ssh-ed25519@openssh.com": null,
  "sk-ssh-ed25519-cert-v01@openssh.com": null,
  "ecdsa-sha2-nistp256": null,
  "ecdsa-sha2-nistp256-cert-v01@openssh.com": null,
  "ecdsa-sha2-nistp384": null,
  "ecdsa-sha2-nistp384-cert-v01@openssh.com": null,
  "ecdsa-sha2-nistp521": null,
  "ecdsa-sha2-nistp521-cert-v01@openssh.com": null,
  "sk-ecdsa-sha2-nistp256@openssh.com": null,
  "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com": null,
  "webauthn-sk-ecdsa-sha2-nistp256@openssh.com": null,
  "rsa-sha2-256": null,
  "rsa-sha2-256-cert-v01@openssh.com": null,
  "rsa-sha2-512": null,
  "rsa-sha2-512-cert-v01@openssh.com": null,
  // Composite ML-DSA-44/Ed25519, OpenSSH 10.4 (openssh-portable ssh-mldsa-eddsa.c).
  "ssh-mldsa44-ed25519@openssh.com": null,
  "ssh-mldsa44-ed25519-cert-v01@openssh.com": null
};
var TABLES = { kex: KEX, cipher: CIPHERS, mac: MACS, signature: SIGNATURES };
var ALGORITHM_OPTIONS = {
  kexalgorithms: "kex",
  ciphers: "cipher",
  macs: "mac",
  hostkeyalgorithms: "signature",
  pubkeyacceptedalgorithms: "signature",
  pubkeyacceptedkeytypes: "signature",
  hostbasedacceptedalgorithms: "signature",
  hostbasedkeytypes: "signature",
  hostbasedacceptedkeytypes: "signature",
  casignaturealgorithms: "signature"
};
function knownAlgorithms(kind) {
  return Object.keys(TABLES[kind]);
}
function weaknessOf(kind, name) {
  const table = TABLES[kind];
  if (name in table) return table[name];
  for (const prefix of Object.keys(table)) if (prefix.endsWith("-") && name.startsWith(prefix)) return table[prefix];
  return null;
}

// src/core/ssh-config/parse-config.ts
var GLOBAL = { kind: "global", criteria: [], line: 0 };
function splitArguments(text) {
  const args = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && (text[index] === " " || text[index] === "	")) index++;
    if (index >= text.length || text[index] === "#") break;
    let arg = "";
    let quote = null;
    while (index < text.length) {
      const char = text[index];
      if (quote) {
        if (char === quote) quote = null;
        else if (char === "\\" && (text[index + 1] === quote || text[index + 1] === "\\")) arg += text[++index];
        else arg += char;
      } else if (char === '"' || char === "'") {
        quote = char;
      } else if (char === " " || char === "	") {
        break;
      } else if (char === "\\" && index + 1 < text.length) {
        arg += text[++index];
      } else {
        arg += char;
      }
      index++;
    }
    if (quote) return null;
    args.push(arg);
  }
  return args;
}
function parseConfig(text) {
  const directives = [];
  const malformed = [];
  let block = GLOBAL;
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].replace(/\r$/, "");
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const head = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+|$)/.exec(trimmed);
    const args = head ? splitArguments(trimmed.slice(head[0].length)) : null;
    if (!head || !args) {
      malformed.push(index + 1);
      continue;
    }
    const keyword = head[1].toLowerCase();
    const line = index + 1;
    if (keyword === "host" || keyword === "match") {
      block = { kind: keyword, criteria: args, line };
    }
    directives.push({ keyword, written: head[1], args, line, block });
  }
  return { directives, malformed };
}
function describeBlock(block) {
  if (block.kind === "global") return "outside any Host or Match block";
  return `in the "${block.kind === "host" ? "Host" : "Match"} ${liftText(block.criteria.join(" "))}" block (line ${block.line})`;
}
function isGlobalBlock(block) {
  if (block.kind === "global") return true;
  if (block.kind === "host") return block.criteria.length > 0 && block.criteria.every((pattern) => pattern === "*");
  return block.criteria.length === 1 && block.criteria[0].toLowerCase() === "all";
}

// src/core/ssh-config/algorithm-lists.ts
function matchPattern(name, pattern) {
  if (!pattern.includes("*") && !pattern.includes("?")) return name === pattern;
  return matchWildcard(name, pattern);
}
function parseListValue(value) {
  const first = value[0];
  const modifier = first === "+" || first === "-" || first === "^" ? first : "";
  const patterns = value.slice(modifier.length).split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  return { modifier, patterns };
}
function expandPatterns(patterns, supported) {
  const result = [];
  for (const pattern of patterns) {
    for (const name of supported) if (matchPattern(name, pattern) && !result.includes(name)) result.push(name);
  }
  return result;
}
function assembleList(value, defaults, supported) {
  const { modifier, patterns } = parseListValue(value);
  let assembled;
  if (modifier === "+") assembled = [...defaults, ...patterns];
  else if (modifier === "^") assembled = [...patterns, ...defaults];
  else if (modifier === "-") assembled = defaults.filter((name) => !patterns.some((pattern) => matchPattern(name, pattern)));
  else assembled = patterns;
  return expandPatterns(assembled, supported);
}
function addedBy(value, supported) {
  const { modifier, patterns } = parseListValue(value);
  return modifier === "-" ? [] : expandPatterns(patterns, supported);
}

// src/core/ssh-config/effective.ts
var MAX_INCLUDE_DEPTH = 16;
var ALIASES = {
  pubkeyacceptedkeytypes: "pubkeyacceptedalgorithms",
  hostbasedkeytypes: "hostbasedacceptedalgorithms",
  challengeresponseauthentication: "kbdinteractiveauthentication",
  hostbasedacceptedkeytypes: "hostbasedacceptedalgorithms"
};
function walkConfig(path, source, options = {}) {
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  const seenIn = (key) => {
    const files = seen.get(key) ?? /* @__PURE__ */ new Set();
    seen.set(key, files);
    return files;
  };
  const visit = (file, inherited, inheritedKey, depth) => {
    let directives = source.directives?.(file);
    if (directives === void 0) {
      const text = source.read(file);
      directives = text === null ? null : parseConfig(text).directives;
    }
    if (!directives) return;
    let scope = inherited;
    let key = inheritedKey;
    let active = true;
    for (const directive of directives) {
      if (directive.keyword === "host" || directive.keyword === "match") {
        active = options.applies ? options.applies(directive.block) : true;
        scope = [...inherited, { block: directive.block, path: file }];
        key = `${inheritedKey} ${file}:${directive.line}`;
        continue;
      }
      if (!active) continue;
      const entry = { directive, path: file, scope, depth };
      if (directive.keyword === "include") {
        const files = seenIn(key);
        for (const pattern of directive.args) {
          const included = source.include(file, pattern, path);
          options.onInclude?.(entry, pattern, included);
          if (depth >= MAX_INCLUDE_DEPTH) continue;
          for (const next of included) {
            if (files.has(next)) continue;
            files.add(next);
            visit(next, scope, key, depth + 1);
          }
        }
        continue;
      }
      entries.push(entry);
    }
  };
  seenIn("").add(path);
  visit(path, [], "", 0);
  return entries;
}
function canonicalKeyword(keyword) {
  return ALIASES[keyword] ?? keyword;
}
function matchPatternList(name, list, foldCase) {
  const subject = foldCase ? name.toLowerCase() : name;
  let matched = false;
  for (const raw of list.split(",")) {
    const negated = raw.startsWith("!");
    const pattern = negated ? raw.slice(1) : raw;
    if (matchPattern(subject, foldCase ? pattern.toLowerCase() : pattern)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}
function matchHostList(host, list) {
  return matchPatternList(host, list, true);
}
function hostBlockApplies(patterns, host) {
  return matchHostList(host, patterns.join(","));
}
function matchBlockApplies(criteria, host) {
  for (let index = 0; index < criteria.length; index++) {
    let criterion = criteria[index].toLowerCase();
    const negated = criterion.startsWith("!");
    if (negated) criterion = criterion.slice(1);
    let result;
    if (criterion === "all") result = true;
    else if (criterion === "host" || criterion === "originalhost") result = matchHostList(host, criteria[++index] ?? "");
    else return false;
    if (result === negated) return false;
  }
  return true;
}
function effectiveSettings(path, host, source) {
  const applies = (block) => block.kind === "host" ? hostBlockApplies(block.criteria, host) : matchBlockApplies(block.criteria, host);
  const settings = /* @__PURE__ */ new Map();
  for (const entry of walkConfig(path, source, { applies })) record(settings, entry.directive, entry.path);
  return settings;
}
function record(settings, directive, path) {
  const keyword = canonicalKeyword(directive.keyword);
  if (!settings.has(keyword)) settings.set(keyword, { args: directive.args, path, line: directive.line });
}

export {
  ALGORITHM_OPTIONS,
  knownAlgorithms,
  weaknessOf,
  assembleList,
  addedBy,
  parseConfig,
  describeBlock,
  isGlobalBlock,
  walkConfig,
  canonicalKeyword,
  matchPatternList,
  matchHostList,
  effectiveSettings
};
