#!/usr/bin/env node
import {
  decodeTextBytes,
  findMarkers,
  liftText
} from "./chunk-UQ7SBAK5.js";
import {
  matchWildcard
} from "./chunk-25ZG4RWI.js";
import {
  makeFinding
} from "./chunk-CS5XD6HN.js";

// src/core/file-scan.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/core/policy/inline.ts
var MARKER = Buffer.from("ssh-key-audit:");
var NEWLINE = 10;
var TEXT_MARKER = "ssh-key-audit:";
var OPENERS = ["#", "//", ";", "--", "/*"];
var RULE_START = /^[a-z0-9]$/;
var RULE_CHAR = /^[a-z0-9-]$/;
function isBlank(char) {
  return char === " " || char === "	" || char === "\r" || char === "\n" || char === "\v" || char === "\f";
}
function skipBlanks(text, at) {
  while (isBlank(text[at])) at++;
  return at;
}
function opensComment(text, marker) {
  let end = marker;
  while (end > 0 && isBlank(text[end - 1])) end--;
  if (OPENERS.some((opener) => end >= opener.length && text.startsWith(opener, end - opener.length))) return true;
  if (text[end - 1] !== "*") return false;
  let start = end - 1;
  while (start > 0 && isBlank(text[start - 1])) start--;
  return start === 0;
}
function ruleEnd(text, at) {
  if (!RULE_START.test(text[at] ?? "")) return -1;
  let end = at + 1;
  while (RULE_CHAR.test(text[end] ?? "")) end++;
  return end;
}
function reasonOf(rest) {
  if (!isBlank(rest[0])) return "";
  const after = rest.slice(skipBlanks(rest, 0));
  if (!after.startsWith("--")) return "";
  let reason = after.slice(2).trim();
  if (reason.endsWith("*/")) reason = reason.slice(0, -2).trimEnd();
  else if (reason.endsWith("-->")) reason = reason.slice(0, -3).trimEnd();
  return reason;
}
function directiveAt(text, marker) {
  if (!opensComment(text, marker)) return null;
  let at = skipBlanks(text, marker + TEXT_MARKER.length);
  if (!text.startsWith("ignore", at)) return null;
  at += "ignore".length;
  if (!isBlank(text[at])) return null;
  at = skipBlanks(text, at);
  let end = ruleEnd(text, at);
  if (end === -1) return null;
  const rules = [text.slice(at, end)];
  for (; ; ) {
    const comma = skipBlanks(text, end);
    if (text[comma] !== ",") break;
    const next = skipBlanks(text, comma + 1);
    const nextEnd = ruleEnd(text, next);
    if (nextEnd === -1) break;
    rules.push(text.slice(next, nextEnd));
    end = nextEnd;
  }
  return { rules, rest: text.slice(end) };
}
function parseDirective(text, line) {
  for (let marker = text.indexOf(TEXT_MARKER); marker !== -1; marker = text.indexOf(TEXT_MARKER, marker + 1)) {
    const found = directiveAt(text, marker);
    if (!found) continue;
    const reason = reasonOf(found.rest);
    return { line, rules: found.rules, reason: reason === "" ? null : reason };
  }
  return null;
}
function findDirectives(bytes) {
  let at = bytes.indexOf(MARKER);
  if (at === -1) return [];
  const directives = [];
  let line = 1;
  let counted = 0;
  while (at !== -1) {
    for (let index = counted; index < at; index++) if (bytes[index] === NEWLINE) line++;
    counted = at;
    const start = bytes.lastIndexOf(NEWLINE, at) + 1;
    const newline = bytes.indexOf(NEWLINE, at);
    const end = newline === -1 ? bytes.length : newline;
    const directive = parseDirective(bytes.toString("utf8", start, end).replace(/\r$/, ""), line);
    if (directive) directives.push(directive);
    at = newline === -1 ? -1 : bytes.indexOf(MARKER, end);
  }
  return directives;
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
    let quote2 = null;
    while (index < text.length) {
      const char = text[index];
      if (quote2) {
        if (char === quote2) quote2 = null;
        else if (char === "\\" && (text[index + 1] === quote2 || text[index + 1] === "\\")) arg += text[++index];
        else arg += char;
      } else if (char === '"' || char === "'") {
        quote2 = char;
      } else if (char === " " || char === "	") {
        break;
      } else if (char === "\\" && index + 1 < text.length) {
        arg += text[++index];
      } else {
        arg += char;
      }
      index++;
    }
    if (quote2) return null;
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

// src/core/ssh-config/in-force.ts
var ACCUMULATING = /* @__PURE__ */ new Set([
  "hostkey",
  "hostcertificate",
  "identityfile",
  "certificatefile",
  "localforward",
  "remoteforward",
  "dynamicforward",
  "sendenv",
  "setenv",
  "acceptenv",
  "listenaddress",
  "port",
  "allowusers",
  "denyusers",
  "allowgroups",
  "denygroups",
  "subsystem",
  "globalknownhostsfile",
  "canonicaldomains",
  "permitopen",
  "permitlisten",
  "channeltimeout"
]);
function isUnconditional(scope) {
  return scope.every((step) => isGlobalBlock(step.block));
}
var sameBlock = (a, b) => a.path === b.path && a.block.line === b.block.line || a.block.kind === b.block.kind && a.block.criteria.join(" ").toLowerCase() === b.block.criteria.join(" ").toLowerCase();
function hostCovers(outer, inner) {
  if (outer.block.kind !== "host" || inner.block.kind !== "host" || inner.block.criteria.length === 0) return false;
  const list = outer.block.criteria.join(",");
  return inner.block.criteria.every((pattern) => !/[*?!]/.test(pattern) && matchHostList(pattern, list));
}
function covers(outer, inner) {
  return outer.every((step) => isGlobalBlock(step.block) || inner.some((other) => sameBlock(step, other) || hostCovers(step, other)));
}
var inMatch = (entry) => entry.scope.length > 0;
var signature = (scope) => scope.map((step) => `${step.block.kind} ${step.block.criteria.join(" ").toLowerCase()}`).join("\0");
var MAX_COMPARED = 64;
function judgeEntries(entries, kind) {
  const earlier = /* @__PURE__ */ new Map();
  const judged = [];
  for (const entry of entries) {
    const keyword = canonicalKeyword(entry.directive.keyword);
    if (ACCUMULATING.has(keyword)) {
      judged.push({ entry, shadowedBy: null });
      continue;
    }
    let state = earlier.get(keyword);
    if (!state) {
      state = { everywhere: null, global: null, bySignature: /* @__PURE__ */ new Map(), compared: [] };
      earlier.set(keyword, state);
    }
    const key = signature(entry.scope);
    let shadowedBy;
    if (kind === "server" && !inMatch(entry)) {
      shadowedBy = state.global;
      state.global ??= entry;
    } else {
      shadowedBy = state.everywhere;
      for (let length = entry.scope.length; !shadowedBy && length > 0; length--) {
        shadowedBy = state.bySignature.get(length === entry.scope.length ? key : signature(entry.scope.slice(0, length))) ?? null;
      }
      shadowedBy ??= state.compared.find((previous) => covers(previous.scope, entry.scope)) ?? null;
      if (isUnconditional(entry.scope)) state.everywhere ??= entry;
      if (!state.bySignature.has(key)) {
        state.bySignature.set(key, entry);
        const wildcard = entry.scope.some(
          (step) => step.block.kind === "host" && step.block.criteria.some((pattern) => /[*?]/.test(pattern))
        );
        if (wildcard && state.compared.length < MAX_COMPARED) state.compared.push(entry);
      }
    }
    judged.push({ entry, shadowedBy });
  }
  if (kind === "server") {
    const overrides = /* @__PURE__ */ new Map();
    for (const item of judged) {
      const keyword = canonicalKeyword(item.entry.directive.keyword);
      if (!item.shadowedBy && inMatch(item.entry) && isUnconditional(item.entry.scope) && !overrides.has(keyword)) {
        overrides.set(keyword, item.entry);
      }
    }
    for (const item of judged) {
      const keyword = canonicalKeyword(item.entry.directive.keyword);
      if (item.shadowedBy || inMatch(item.entry) || ACCUMULATING.has(keyword)) continue;
      item.shadowedBy = overrides.get(keyword) ?? null;
    }
  }
  return judged;
}

// src/core/ssh-config/keywords.ts
var CLIENT = `host match addkeystoagent addressfamily batchmode bindaddress bindinterface canonicaldomains
canonicalizefallbacklocal canonicalizehostname canonicalizemaxdots canonicalizepermittedcnames casignaturealgorithms
certificatefile channeltimeout checkhostip ciphers clearallforwardings compression connectionattempts connecttimeout
controlmaster controlpath controlpersist dynamicforward enableescapecommandline enablesshkeysign escapechar
exitonforwardfailure fingerprinthash forkafterauthentication forwardagent forwardx11 forwardx11timeout
forwardx11trusted gatewayports globalknownhostsfile gssapiauthentication gssapidelegatecredentials hashknownhosts
hostbasedacceptedalgorithms hostbasedauthentication hostkeyalgorithms hostkeyalias hostname identitiesonly
identityagent identityfile ignoreunknown include ipqos kbdinteractiveauthentication kbdinteractivedevices
kexalgorithms knownhostscommand localcommand localforward loglevel logverbose macs nohostauthenticationforlocalhost
numberofpasswordprompts obscurekeystroketiming passwordauthentication permitlocalcommand permitremoteopen
pkcs11provider port preferredauthentications proxycommand proxyjump proxyusefdpass pubkeyacceptedalgorithms
pubkeyauthentication rekeylimit remotecommand remoteforward requesttty requiredrsasize revokedhostkeys
securitykeyprovider sendenv serveralivecountmax serveraliveinterval sessiontype setenv stdinnull
streamlocalbindmask streamlocalbindunlink stricthostkeychecking syslogfacility tag tcpkeepalive tunnel
tunneldevice updatehostkeys user userknownhostsfile verifyhostkeydns visualhostkey xauthlocation
pubkeyacceptedkeytypes hostbasedkeytypes`;
var SERVER = `match acceptenv addressfamily allowagentforwarding allowgroups allowstreamlocalforwarding
allowtcpforwarding allowusers authenticationmethods authorizedkeyscommand authorizedkeyscommanduser
authorizedkeysfile authorizedprincipalscommand authorizedprincipalscommanduser authorizedprincipalsfile banner
casignaturealgorithms channeltimeout chrootdirectory ciphers clientalivecountmax clientaliveinterval compression
denygroups denyusers disableforwarding exposeauthinfo fingerprinthash forcecommand gatewayports
gssapiauthentication gssapicleanupcredentials gssapistrictacceptorcheck hostbasedacceptedalgorithms
hostbasedauthentication hostbasedusesnamefrompacketonly hostcertificate hostkey hostkeyagent hostkeyalgorithms
ignorerhosts ignoreuserknownhosts include ipqos kbdinteractiveauthentication kerberosauthentication
kerberosorlocalpasswd kerberosticketcleanup kexalgorithms listenaddress logingracetime loglevel logverbose macs
maxauthtries maxsessions maxstartups modulifile passwordauthentication permitemptypasswords permitlisten permitopen
permitrootlogin permittty permittunnel permituserenvironment permituserrc persourcemaxstartups
persourcenetblocksize persourcepenalties persourcepenaltyexemptlist pidfile port printlastlog printmotd
pubkeyacceptedalgorithms pubkeyauthentication pubkeyauthoptions rdomain rekeylimit requiredrsasize revokedkeys
securitykeyprovider setenv streamlocalbindmask streamlocalbindunlink strictmodes subsystem syslogfacility
tcpkeepalive trustedusercakeys unusedconnectiontimeout usedns usepam versionaddendum x11displayoffset
x11forwarding x11uselocalhost xauthlocation pubkeyacceptedkeytypes hostbasedacceptedkeytypes`;
var words = (list) => new Set(list.toLowerCase().split(/\s+/).filter(Boolean));
var CLIENT_KEYWORDS = words(CLIENT);
var SERVER_KEYWORDS = words(SERVER);
var SERVER_ONLY = new Set([...SERVER_KEYWORDS].filter((keyword) => !CLIENT_KEYWORDS.has(keyword)));
var CLIENT_ONLY = new Set([...CLIENT_KEYWORDS].filter((keyword) => !SERVER_KEYWORDS.has(keyword)));
var DEPRECATED = {
  pubkeyacceptedkeytypes: { replacement: "PubkeyAcceptedAlgorithms", history: "renamed in OpenSSH 8.5; the old name is still accepted" },
  hostbasedkeytypes: { replacement: "HostbasedAcceptedAlgorithms", history: "renamed in OpenSSH 8.5; the old name is still accepted" },
  hostbasedacceptedkeytypes: {
    replacement: "HostbasedAcceptedAlgorithms",
    history: "renamed in OpenSSH 8.5; the old name is still accepted"
  },
  challengeresponseauthentication: {
    replacement: "KbdInteractiveAuthentication",
    history: "renamed in OpenSSH 8.7; the old name is still accepted"
  },
  protocol: { replacement: null, history: "SSH protocol 1 was removed in OpenSSH 7.6, so this setting is ignored" },
  useprivilegeseparation: { replacement: null, history: "privilege separation is mandatory since OpenSSH 7.5, so this setting is ignored" },
  rsaauthentication: {
    replacement: null,
    history: "an SSH protocol 1 option, ignored since protocol 1 was removed (OpenSSH 7.4 server, 7.6 client)"
  },
  rhostsrsaauthentication: {
    replacement: null,
    history: "an SSH protocol 1 option, ignored since protocol 1 was removed (OpenSSH 7.4 server, 7.6 client)"
  },
  serverkeybits: { replacement: null, history: "an SSH protocol 1 option, ignored since OpenSSH 7.4" },
  keyregenerationinterval: { replacement: null, history: "an SSH protocol 1 option, ignored since OpenSSH 7.4" },
  uselogin: { replacement: null, history: "removed in OpenSSH 7.4" },
  useroaming: { replacement: null, history: "disabled in OpenSSH 7.1p2 after the roaming leak (CVE-2016-0777) and since removed" },
  cipher: { replacement: "Ciphers", history: "an SSH protocol 1 option, ignored since protocol 1 was removed" },
  compressionlevel: { replacement: null, history: "an SSH protocol 1 option, ignored since protocol 1 was removed" },
  dsaauthentication: { replacement: "PubkeyAuthentication", history: "an old alias; DSA itself was removed in OpenSSH 10.0" },
  authorizedkeysfile2: { replacement: "AuthorizedKeysFile", history: "removed in OpenSSH 5.9; list both files in AuthorizedKeysFile" }
};
var SERVER_GLOBAL_ONLY = words(`addressfamily ciphers compression fingerprinthash gssapicleanupcredentials
gssapistrictacceptorcheck hostcertificate hostkey hostkeyagent hostkeyalgorithms ignoreuserknownhosts
kerberosorlocalpasswd kerberosticketcleanup kexalgorithms listenaddress logingracetime macs maxstartups modulifile
permituserenvironment persourcemaxstartups persourcenetblocksize persourcepenalties persourcepenaltyexemptlist pidfile
port printlastlog printmotd securitykeyprovider strictmodes subsystem syslogfacility tcpkeepalive usedns usepam
versionaddendum xauthlocation protocol useprivilegeseparation uselogin keyregenerationinterval serverkeybits
dsaauthentication reversemappingcheck verifyreversemapping`);

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

// src/core/checks/config-rules.ts
function describeScope(scope, path) {
  if (scope.length === 0) return describeBlock({ kind: "global", criteria: [], line: 0 });
  return scope.map(
    (step) => step.path === path ? describeBlock(step.block) : `in the "${step.block.kind === "host" ? "Host" : "Match"} ${step.block.criteria.join(" ")}" block (line ${step.block.line}) of ${step.path} that includes this file`
  ).join(", ");
}
var isGlobal = (setting) => setting.scope ? isUnconditional(setting.scope) : isGlobalBlock(setting.block);
var NOUN = {
  "weak-kex": "key exchange",
  "weak-cipher": "cipher",
  "weak-mac": "MAC",
  "sha1-signatures-enabled": "signature algorithm"
};
function reachesRoot(setting) {
  const blocks = setting.scope ? setting.scope.map((step) => step.block) : [setting.block];
  return blocks.every((block) => {
    if (block.kind !== "match") return true;
    for (let index = 0; index < block.criteria.length; index++) {
      const criterion = block.criteria[index];
      const equals = criterion.indexOf("=");
      const name = (equals === -1 ? criterion : criterion.slice(0, equals)).toLowerCase();
      if (name === "all") continue;
      const value = equals === -1 ? block.criteria[++index] ?? "" : criterion.slice(equals + 1);
      if (name === "user" && !matchPatternList("root", value, false)) return false;
    }
    return true;
  });
}
function quote(setting) {
  if (setting.flag) return liftText(setting.flag);
  const value = liftText(setting.args[0] ?? "");
  return setting.origin === "command" ? `-o ${liftText(setting.written)}=${value}` : `${liftText(setting.written)} ${value}`.trim();
}
function where(setting) {
  if (setting.context) return setting.context;
  if (setting.origin === "command") return "on this command line";
  return setting.scope ? describeScope(setting.scope, setting.path ?? "") : describeBlock(setting.block);
}
function algorithmFindings(setting, make) {
  const kind = ALGORITHM_OPTIONS[setting.keyword];
  const value = setting.args[0] ?? "";
  const byRule = /* @__PURE__ */ new Map();
  for (const name of addedBy(value, knownAlgorithms(kind))) {
    const weakness = weaknessOf(kind, name);
    if (!weakness) continue;
    const reasons = byRule.get(weakness.rule) ?? /* @__PURE__ */ new Map();
    reasons.set(weakness.reason, [...reasons.get(weakness.reason) ?? [], name]);
    byRule.set(weakness.rule, reasons);
  }
  const findings = [];
  for (const [rule, reasons] of byRule) {
    const names = [...reasons.values()].flat();
    const listed = [...reasons].map(([reason, group]) => `${group.join(", ")} (${reason})`).join("; ");
    if (rule === "sha1-signatures-enabled") {
      const side = setting.origin === "server" ? "client" : "host";
      const scope = setting.origin === "command" && !setting.context ? "for this connection; use an Ed25519 key instead, or keep the exception in a Host block of ~/.ssh/config for the one old server" : isGlobal(setting) ? `for every ${side}, ${where(setting)}, not just the old ${side} that needed it; use an Ed25519 key, or move the line into a ${setting.origin === "server" ? "Match" : "Host"} block for that one ${side}` : `${where(setting)}; the lasting fix is an Ed25519 key, so the exception can go`;
      findings.push(make(rule, `${quote(setting)} re-enables ${listed} ${scope}.`));
    } else {
      findings.push(
        make(
          rule,
          `${quote(setting)} enables the weak ${NOUN[rule]}${names.length > 1 ? "s" : ""} ${listed} ${where(setting)}; remove ${names.length > 1 ? "them" : "it"}.`
        )
      );
    }
  }
  return findings;
}
var YES = (value) => value !== void 0 && value.toLowerCase() === "yes";
function checkSetting(setting, path) {
  const make = (rule, message) => makeFinding(rule, { path, line: setting.line, fingerprint: null }, message);
  const findings = [];
  const first = setting.args[0];
  if (setting.keyword in ALGORITHM_OPTIONS) findings.push(...algorithmFindings(setting, make));
  const deprecation = DEPRECATED[setting.keyword];
  if (deprecation) {
    const instead = deprecation.replacement ? `use ${deprecation.replacement} instead` : "delete the line";
    findings.push(make("deprecated-option", `${setting.written} is deprecated (${deprecation.history}); ${instead}.`));
  }
  if (setting.origin !== "server") {
    if (setting.keyword === "stricthostkeychecking" && first && ["no", "off"].includes(first.toLowerCase())) {
      findings.push(
        make(
          "host-key-checking-disabled",
          `StrictHostKeyChecking ${first} ${where(setting)} accepts any host key, so a man in the middle goes unnoticed; pin the host key in a known_hosts file (ssh-keyscan once, review, commit) or use accept-new.`
        )
      );
    }
    if (setting.keyword === "userknownhostsfile" && setting.args.some((arg) => arg === "/dev/null")) {
      findings.push(
        make(
          "host-key-checking-disabled",
          `UserKnownHostsFile /dev/null ${where(setting)} forgets every host key, so a changed key is never noticed; point it at a known_hosts file that holds the pinned key.`
        )
      );
    }
  } else {
    if (setting.keyword === "permitrootlogin" && YES(first) && reachesRoot(setting)) {
      findings.push(
        make(
          "root-login",
          `PermitRootLogin yes ${where(setting)} lets root log in directly, with a password wherever passwords are allowed; use "prohibit-password" (keys only) or "no", and log in as a user who escalates.`
        )
      );
    }
    if (["passwordauthentication", "kbdinteractiveauthentication", "challengeresponseauthentication"].includes(setting.keyword) && YES(first)) {
      findings.push(
        make(
          "password-auth",
          `${setting.written} yes ${where(setting)} allows password logins, which can be guessed and phished; set it to no and use keys or certificates.`
        )
      );
    }
    if (setting.keyword === "permitemptypasswords" && YES(first)) {
      findings.push(
        make(
          "empty-passwords",
          `PermitEmptyPasswords yes ${where(setting)} lets accounts without a password log in with none at all; set it to no.`
        )
      );
    }
    if (setting.keyword === "hostkey" && first && /(^|[/_-])dsa([_.-]|$)/i.test(first.slice(first.lastIndexOf("/") + 1))) {
      findings.push(
        make(
          "dsa-key",
          `HostKey ${liftText(first)} is a DSA host key, which current OpenSSH clients refuse (disabled in 7.0, removed in 10.0); generate an Ed25519 host key and remove this line.`
        )
      );
    }
  }
  return findings;
}

// src/core/ssh-config/command-lines.ts
var SSH_COMMAND = /(?:^|[^A-Za-z0-9_.-])(?:ssh|scp|sftp|autossh|sshpass|rsync|GIT_SSH_COMMAND|sshCommand)(?![A-Za-z0-9_-])/;
var OPTION_KEY = /(?:^|[\s"'{,-])(?:(?:ansible_)?(?:ssh|scp|sftp)[_-](?:common[_-]|extra[_-])?(?:args|arguments|options|opts)|args|options|opts)\s*[:=]/i;
var HOST_KEY_CHECKING = /(?:^|[^A-Za-z0-9_])((?:ansible_)?host_key_checking)\s*[=:]\s*["']?(false|no|off|0)["']?\s*(?:$|[#;,}\s])/i;
var FLAGS_WITH_ARGUMENT = {
  ssh: "BbcDEeFIiJLlmOoPpQRSWw",
  slogin: "BbcDEeFIiJLlmOoPpQRSWw",
  autossh: "MBbcDEeFIiJLlmOoPpQRSWw",
  scp: "cDFiJloPSX",
  sftp: "BbcDFiJloPRSsX"
};
var SHORT_OPTIONS = {
  ssh: { c: "Ciphers", m: "MACs" },
  slogin: { c: "Ciphers", m: "MACs" },
  autossh: { c: "Ciphers", m: "MACs" },
  scp: { c: "Ciphers" },
  sftp: { c: "Ciphers" }
};
var OPTION_START = /* @__PURE__ */ new Set(["'", '"', "=", "("]);
var QUOTE = /* @__PURE__ */ new Set(["'", '"']);
var VALUE_END = /* @__PURE__ */ new Set(['"', "'", ";", "&", "|", ")", "`"]);
var BLANK = /\s/;
var LETTER = /[A-Za-z]/;
var KEYGEN = "ssh-keygen";
var NAME_CHAR = /^[A-Za-z0-9_-]$/;
var ARGUMENTS_END = /* @__PURE__ */ new Set([";", "&", "|", "`", "\n"]);
function keygenArguments(line) {
  const calls = [];
  for (let at = line.indexOf(KEYGEN), from; at !== -1; at = line.indexOf(KEYGEN, from)) {
    from = at + KEYGEN.length;
    const before = at === 0 ? "" : line[at - 1];
    if (before !== "" && (NAME_CHAR.test(before) || before === "." || before === "`")) continue;
    if (from < line.length && NAME_CHAR.test(line[from])) continue;
    let stop = from;
    while (stop < line.length && !ARGUMENTS_END.has(line[stop])) stop++;
    calls.push(line.slice(from, stop));
    from = stop;
  }
  return calls;
}
var COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|--|;|\*|rem\s)/i;
function skip(line, at, take) {
  while (at < line.length && take(line[at])) at++;
  return at;
}
function optionsOf(line) {
  const found = [];
  const isValue = (char) => !VALUE_END.has(char) && !BLANK.test(char);
  let from = 0;
  for (let start = line.indexOf("-o", from); start !== -1; start = line.indexOf("-o", from)) {
    from = start + 1;
    if (start > 0 && !OPTION_START.has(line[start - 1]) && !BLANK.test(line[start - 1])) continue;
    let at = skip(line, start + 2, (char) => BLANK.test(char));
    const quoted = QUOTE.has(line[at] ?? "");
    if (quoted) at++;
    const keywordEnd = skip(line, at, (char) => LETTER.test(char));
    if (keywordEnd === at) continue;
    const keyword = line.slice(at, keywordEnd);
    let valueStart = -1;
    const equals = skip(line, keywordEnd, (char) => BLANK.test(char));
    if (line[equals] === "=") {
      const after = skip(line, equals + 1, (char) => BLANK.test(char));
      if (after < line.length && isValue(line[after])) valueStart = after;
    }
    if (valueStart === -1 && quoted && equals > keywordEnd && isValue(line[equals] ?? " ")) valueStart = equals;
    if (valueStart === -1) continue;
    const valueEnd = skip(line, valueStart, isValue);
    found.push([keyword, line.slice(valueStart, valueEnd)]);
    from = valueEnd;
  }
  return found;
}
function linesWith(text, needle, into, also) {
  for (let found = text.indexOf(needle); found !== -1; ) {
    const start = text.lastIndexOf("\n", found) + 1;
    const end = text.indexOf("\n", found);
    const stop = end === -1 ? text.length : end;
    if (also === void 0 || text.slice(start, stop).includes(also)) into.add(start);
    found = end === -1 ? -1 : text.indexOf(needle, end);
  }
}
function shortFlagOptions(line, lineNumber) {
  const words2 = line.split(/[\s"'`;|&()]+/).filter((word) => word !== "");
  const options = [];
  for (let index = 0; index < words2.length; index++) {
    let word = words2[index];
    const assigned = word.lastIndexOf("=");
    if (assigned !== -1 && !word.startsWith("-")) word = word.slice(assigned + 1);
    const program = word.slice(word.lastIndexOf("/") + 1);
    const withArgument = FLAGS_WITH_ARGUMENT[program];
    if (!withArgument) continue;
    const short = SHORT_OPTIONS[program];
    let destinations = program === "scp" || program === "sftp" ? 0 : 1;
    for (index++; index < words2.length; index++) {
      const flag = words2[index];
      if (!flag.startsWith("-") || flag === "-" || flag.startsWith("--")) {
        if (destinations-- > 0 && !flag.startsWith("--")) continue;
        break;
      }
      for (let at = 1; at < flag.length; at++) {
        const letter = flag[at];
        if (!withArgument.includes(letter)) continue;
        const glued = flag.slice(at + 1);
        const value = glued !== "" ? glued : words2[++index] ?? "";
        const keyword = short[letter];
        if (keyword && value !== "") {
          options.push({ line: lineNumber, keyword: keyword.toLowerCase(), written: keyword, value, flag: `-${letter} ${value}` });
        }
        break;
      }
    }
    index--;
  }
  return options;
}
var SHORT_FLAG = /(?<=[\s"'=])-[A-Za-z]{0,8}[cm]/g;
var SHORT_FLAG_LINE = /(?<=[\s"'=])-[A-Za-z]{0,8}[cm]/;
var BLOCK_KEY = /:\s*[>|][-+]?\s*$/;
function underBlockKey(text, lineStart) {
  if (lineStart === 0) return false;
  const previous = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
  return BLOCK_KEY.test(previous) && OPTION_KEY.test(previous);
}
var endsContinued = (text, end) => {
  let at = end - 1;
  while (at >= 0 && (text[at] === " " || text[at] === "	" || text[at] === "\r")) at--;
  return at >= 0 && text[at] === "\\";
};
function findCommandOptions(text) {
  const options = [];
  const keyGenerations = [];
  const hostKeyChecking = [];
  const starts = /* @__PURE__ */ new Set();
  linesWith(text, "-o", starts);
  if (text.includes("ssh") || text.includes("scp") || text.includes("sftp")) {
    for (const match of text.matchAll(SHORT_FLAG)) starts.add(text.lastIndexOf("\n", match.index) + 1);
  }
  linesWith(text, "host_key_checking", starts);
  linesWith(text, "HOST_KEY_CHECKING", starts);
  linesWith(text, "ssh-keygen", starts, "-t");
  const logical = /* @__PURE__ */ new Set();
  for (const start of starts) {
    let first = start;
    for (let back = 0; first > 0 && back < 200 && endsContinued(text, first - 1); back++) first = text.lastIndexOf("\n", first - 2) + 1;
    logical.add(first);
  }
  let lineNumber = 1;
  let counted = 0;
  for (const lineStart of [...logical].sort((a, b) => a - b)) {
    for (let next = text.indexOf("\n", counted); next !== -1 && next < lineStart; next = text.indexOf("\n", next + 1)) lineNumber++;
    counted = lineStart;
    let lineEnd2 = text.indexOf("\n", lineStart);
    let line = text.slice(lineStart, lineEnd2 === -1 ? text.length : lineEnd2);
    if (COMMENT_LINE.test(line)) continue;
    for (let joined = 0; lineEnd2 !== -1 && endsContinued(text, lineEnd2) && joined < 200; joined++) {
      const nextEnd = text.indexOf("\n", lineEnd2 + 1);
      line = line.replace(/\\\s*$/, " ") + text.slice(lineEnd2 + 1, nextEnd === -1 ? text.length : nextEnd);
      lineEnd2 = nextEnd;
    }
    const sshLine = SSH_COMMAND.test(line) || OPTION_KEY.test(line) || underBlockKey(text, lineStart);
    if (line.includes("-o") && sshLine) {
      for (const [written, value] of optionsOf(line)) {
        const keyword = written.toLowerCase();
        if (!CLIENT_KEYWORDS.has(keyword)) continue;
        options.push({ line: lineNumber, keyword, written, value });
      }
    }
    if (SHORT_FLAG_LINE.test(line) && SSH_COMMAND.test(line)) options.push(...shortFlagOptions(line, lineNumber));
    const checking = HOST_KEY_CHECKING.exec(line);
    if (checking) hostKeyChecking.push({ line: lineNumber, written: `${checking[1]}=${checking[2]}` });
    if (!line.includes("ssh-keygen") || !line.includes("-t")) continue;
    for (const keygen of keygenArguments(line)) {
      const type = /(?:^|\s)-t\s*["']?([A-Za-z0-9-]+)/.exec(keygen)?.[1]?.toLowerCase();
      const bits = /(?:^|\s)-b\s*["']?(\d+)/.exec(keygen)?.[1];
      if (type) keyGenerations.push({ line: lineNumber, type, bits: bits ? Number(bits) : null });
    }
  }
  return { options, keyGenerations, hostKeyChecking };
}

// src/core/ssh-config/crypto-policy.ts
function cryptoPolicyKind(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === "opensshserver.config" || name === "opensshserver.txt") return "server";
  if (name === "openssh.config" || name === "openssh.txt") return "client";
  return null;
}
var POLICY_KEYWORDS = /* @__PURE__ */ new Set([...Object.keys(ALGORITHM_OPTIONS), "gssapikexalgorithms", "requiredrsasize"]);
function cryptoPolicyKindByContent(keywords, path) {
  if (keywords.length < 2 || !keywords.every((keyword) => POLICY_KEYWORDS.has(keyword))) return null;
  return /server|sshd/i.test(path) ? "server" : "client";
}
var ASSIGNMENT = /^\s*(?:export\s+)?(CRYPTO_POLICY|OPTIONS)=(.*)$/;
var OPTION = /(?:^|[\s'"])-o\s*([A-Za-z]+)[=\s]([^\s'"]+)/g;
function findCryptoPolicyOptions(text) {
  const options = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const assignment = ASSIGNMENT.exec(lines[index]);
    if (!assignment) continue;
    for (const match of assignment[2].matchAll(OPTION)) {
      const keyword = match[1].toLowerCase();
      if (!SERVER_KEYWORDS.has(keyword) && !POLICY_KEYWORDS.has(keyword)) continue;
      options.push({ line: index + 1, keyword, written: match[1], value: match[2], variable: assignment[1] });
    }
  }
  return options;
}

// src/core/ssh-config/script-configs.ts
var NOT_IN_PATH = /[\s"';|&<>]/;
var CONFIG_NAMES = ["sshd_config", "ssh_config", ".ssh/config"];
function configTarget(word) {
  let start = 0;
  let end = word.length;
  if (start < end && (word[start] === '"' || word[start] === "'")) start++;
  if (start < end && (word[end - 1] === '"' || word[end - 1] === "'")) end--;
  const path = word.slice(start, end);
  if (NOT_IN_PATH.test(path)) return null;
  for (let at = 0; at !== -1 && at < path.length; at = path.indexOf("/", at) + 1 || -1) {
    for (const name of CONFIG_NAMES) {
      if (!path.startsWith(name, at)) continue;
      const rest = at + name.length;
      if (rest === path.length || path.startsWith(".d/", rest) && path.length > rest + 3) return path;
    }
  }
  return null;
}
function tokenize(line) {
  const tokens = [];
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (char === " " || char === "	") {
      index++;
      continue;
    }
    if ("<>|;&".includes(char)) {
      let end = index + 1;
      while (end < line.length && "<>|&-".includes(line[end]) && end - index < 3) end++;
      tokens.push({ text: line.slice(index, end), operator: true, quoted: false });
      index = end;
      continue;
    }
    let text = "";
    let quoted = false;
    while (index < line.length && !" 	<>|;&".includes(line[index])) {
      const current = line[index];
      if (current === '"' || current === "'") {
        quoted = true;
        const close = line.indexOf(current, index + 1);
        const end = close === -1 ? line.length : close;
        let part = line.slice(index + 1, end);
        if (current === '"') part = part.replace(/\\(["\\$`])/g, "$1");
        text += part;
        index = end + 1;
      } else if (current === "\\" && index + 1 < line.length) {
        text += line.slice(index, index + 2);
        index += 2;
      } else {
        text += current;
        index++;
      }
    }
    tokens.push({ text, operator: false, quoted });
  }
  return tokens;
}
var unescape = (text) => text.replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/\\\\/g, "\\");
function sedTexts(expression) {
  const texts = [];
  const substitute = /(?:^|[;}\s/])s(.)/g;
  for (let match = substitute.exec(expression); match; match = substitute.exec(expression)) {
    const delimiter = match[1];
    if (/[\s\\\n]/.test(delimiter)) continue;
    let at = match.index + match[0].length;
    const parts = [];
    let part = "";
    while (at < expression.length && parts.length < 2) {
      const char = expression[at];
      if (char === "\\" && at + 1 < expression.length) {
        part += expression[at + 1] === delimiter ? delimiter : expression.slice(at, at + 2);
        at += 2;
        continue;
      }
      if (char === delimiter) {
        parts.push(part);
        part = "";
      } else part += char;
      at++;
    }
    if (parts.length === 2 && !/(^|[^\\])&/.test(parts[1])) texts.push(parts[1].replace(/\\(\d)/g, ""));
    substitute.lastIndex = at;
  }
  const append = appendedText(expression);
  if (append !== null && !/^[/$\d]*s/.test(expression)) texts.push(append);
  return texts;
}
var ADDRESS_END = /[/$\d}]/;
var BLANK2 = /\s/;
var LINE_BREAK = /[\n\r\u2028\u2029]/;
function appendedText(expression) {
  const length = expression.length;
  let lastBreak = -1;
  for (let at = 0; at < length; at++) if (LINE_BREAK.test(expression[at])) lastBreak = at;
  const textFrom = (from) => {
    let at = from;
    while (at < length && BLANK2.test(expression[at])) at++;
    if (at < length) return at > lastBreak ? expression.slice(at) : null;
    return length - 1 >= from && lastBreak !== length - 1 ? expression.slice(length - 1) : null;
  };
  const commandAt = (from) => {
    let at = from;
    while (at < length && BLANK2.test(expression[at])) at++;
    if (!"aic".includes(expression[at] ?? "_")) return null;
    at++;
    if (expression[at] === "\\") return textFrom(at + 1) ?? textFrom(at);
    return textFrom(at);
  };
  for (let start = 0; start < length; start++) {
    if (start === 0) {
      const found = commandAt(0);
      if (found !== null) return found;
    }
    if (ADDRESS_END.test(expression[start])) {
      const found = commandAt(start + 1);
      if (found !== null) return found;
    }
  }
  return null;
}
function writesOf(line, lineNumber, heredoc) {
  const tokens = tokenize(line);
  const writes = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.operator) continue;
    const command = token.text.slice(token.text.lastIndexOf("/") + 1);
    let end = index + 1;
    while (end < tokens.length && !tokens[end].operator) end++;
    const words2 = tokens.slice(index + 1, end).map((word) => word.text);
    const after = tokens.slice(end);
    if (command === "echo" || command === "printf") {
      const args = [...words2];
      while (args.length > 0 && /^-[neE]+$/.test(args[0])) args.shift();
      const text = unescape(command === "printf" ? args.slice(0, 1).join("") : args.join(" "));
      const target = redirectTarget(after);
      if (target) writes.push({ ...target, lines: text.split("\n").map((part) => ({ text: part, line: lineNumber })) });
    } else if (command === "sed" && words2.some((word) => /^-[a-zA-Z]*i/.test(word) || word.startsWith("--in-place"))) {
      const files = words2.filter((word) => configTarget(word) !== null);
      if (files.length === 0) continue;
      const expressions = [];
      for (let at = 0; at < words2.length; at++) {
        if (words2[at] === "-e" || words2[at] === "--expression") expressions.push(words2[++at] ?? "");
      }
      if (expressions.length === 0) {
        const first = words2.find((word) => !word.startsWith("-") && configTarget(word) === null);
        if (first) expressions.push(first);
      }
      const texts = expressions.flatMap(sedTexts).flatMap((text) => unescape(text).split("\n"));
      for (const file of files) {
        writes.push({ target: configTarget(file), append: true, lines: texts.map((text) => ({ text, line: lineNumber })) });
      }
    } else if ((command === "cat" || command === "tee") && HEREDOC.test(line)) {
      let target = null;
      if (command === "tee") {
        const file = words2.find((word) => configTarget(word) !== null);
        if (file) target = { target: configTarget(file), append: words2.includes("-a") || words2.includes("--append") };
      }
      target ??= redirectTarget(tokens.slice(index + 1));
      if (target) writes.push({ ...target, lines: heredoc() });
    } else continue;
    index = end;
  }
  return writes;
}
function redirectTarget(tokens) {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.operator && (token.text === ">" || token.text === ">>" || token.text === ">|")) {
      const file = tokens[index + 1];
      if (file && !file.operator && configTarget(file.text) !== null)
        return { target: configTarget(file.text), append: token.text === ">>" };
    }
    if (token.operator && token.text === "|") {
      let at = index + 1;
      if (tokens[at]?.text === "sudo") at++;
      if (tokens[at]?.text !== "tee") continue;
      const words2 = [];
      for (at++; at < tokens.length && !tokens[at].operator; at++) words2.push(tokens[at].text);
      const file = words2.find((word) => configTarget(word) !== null);
      if (file) return { target: configTarget(file), append: words2.includes("-a") || words2.includes("--append") };
    }
  }
  return null;
}
var HEREDOC = /<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/;
var COMMENT = /^\s*(?:#|\/\/)/;
var CUE = /sshd?_config|\.ssh\/config/;
function findScriptConfigs(text, path) {
  if (!CUE.test(text)) return [];
  const lines = text.split("\n");
  const configs = /* @__PURE__ */ new Map();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\r$/, "");
    if (COMMENT.test(line)) continue;
    const heredocStart = index;
    let consumed = index;
    const heredoc = () => {
      const delimiter = HEREDOC.exec(line)?.[2];
      if (!delimiter) return [];
      const body = [];
      for (let at = heredocStart + 1; at < lines.length; at++) {
        const bodyLine = lines[at].replace(/\r$/, "");
        consumed = at;
        if (bodyLine.trim() === delimiter) break;
        body.push({ text: bodyLine, line: at + 1 });
      }
      return body;
    };
    if (!CUE.test(line)) continue;
    for (const write of writesOf(line, index + 1, heredoc)) {
      const existing = write.append ? configs.get(write.target) ?? [] : [];
      configs.set(write.target, [...existing, ...write.lines]);
    }
    index = consumed;
  }
  const findings = [];
  for (const [target, written] of configs) {
    const kind = /sshd_config/.test(target) ? "server" : "client";
    findings.push(...auditWritten(written, kind, path));
  }
  return findings;
}
function auditWritten(written, kind, path) {
  const text = written.map((item) => item.text.replace(/\r/g, "")).join("\n");
  const lineOf = (virtual) => written[virtual - 1]?.line ?? 0;
  const source = { read: () => text, include: () => [] };
  const findings = [];
  for (const { entry, shadowedBy } of judgeEntries(walkConfig(path, source), kind)) {
    if (shadowedBy) continue;
    const { directive } = entry;
    const scope = entry.scope.map((step) => ({ ...step, block: { ...step.block, line: lineOf(step.block.line) } }));
    const block = { ...directive.block, line: lineOf(directive.block.line) };
    findings.push(...checkSetting({ ...directive, line: lineOf(directive.line), block, origin: kind, scope, path }, path));
  }
  return findings;
}

// src/core/ssh-config/audit.ts
var COMMAND_BLOCK = { kind: "global", criteria: [], line: 0 };
var CONFIG_MARKERS = [
  "Host",
  "host ",
  "Match",
  "Algorithms",
  "Ciphers",
  "MACs",
  "Permit",
  "Authentication",
  "StrictHostKeyChecking",
  "KnownHostsFile",
  "HostKey",
  "IdentityFile",
  "PubkeyAccepted"
].map((marker) => Buffer.from(marker));
var SETTINGS_EXTENSIONS = new Set("sh bash zsh ksh yml yaml cfg ini conf env toml j2 jinja jinja2 groovy mk ps1".split(" "));
var PROSE_EXTENSIONS = new Set("md markdown rst txt adoc asciidoc htm html tex 1 5 8".split(" "));
function extensionOf(path) {
  const dot = path.lastIndexOf(".");
  return dot === -1 || dot < path.lastIndexOf("/") ? null : path.slice(dot + 1).toLowerCase();
}
var UNDERSCORE = 95;
var AROUND_UNDERSCORE = [
  ["ssh", "config"],
  ["sshd", "config"],
  ["KEY", "CHECKING"],
  ["key", "checking"],
  ["CRYPTO", "POLICY"]
].map(([before, after]) => [Buffer.from(before), Buffer.from(after)]);
var SLASH_CONFIG = Buffer.from("/config");
var SSH = Buffer.from("ssh");
function bytesAt(bytes, offset, expected) {
  if (offset < 0 || bytes.length < offset + expected.length) return false;
  for (let index = 0; index < expected.length; index++) if (bytes[offset + index] !== expected[index]) return false;
  return true;
}
function hasOtherSettings(bytes, extension, markers) {
  if (extension !== null && !SETTINGS_EXTENSIONS.has(extension)) return false;
  if (markers.clientFlags) return true;
  for (let at = bytes.indexOf(UNDERSCORE); at !== -1; at = bytes.indexOf(UNDERSCORE, at + 1)) {
    for (const [before, after] of AROUND_UNDERSCORE) {
      if (bytesAt(bytes, at + 1, after) && bytesAt(bytes, at - before.length, before)) return true;
    }
  }
  for (let at = bytes.indexOf(SLASH_CONFIG); at !== -1; at = bytes.indexOf(SLASH_CONFIG, at + 1)) {
    if (bytesAt(bytes, at - SSH.length, SSH)) return true;
  }
  return false;
}
function configKindByName(path) {
  if (!path.includes("ssh")) return null;
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const parentSlash = slash <= 0 ? -1 : path.lastIndexOf("/", slash - 1);
  const parent = slash === -1 ? void 0 : path.slice(parentSlash + 1, slash);
  if (name.startsWith("sshd_config") && (name.length === 11 || name[11] === ".")) return "server";
  if (parent === "sshd_config.d" && name !== "") return "server";
  if (name.startsWith("ssh_config") && (name.length === 10 || name[10] === ".")) return "client";
  if (parent === "ssh_config.d" && name !== "") return "client";
  const sshDirectory = (segment) => segment === "ssh" || segment === ".ssh" || segment === "dot_ssh";
  if (name === "config" && sshDirectory(parent)) return "client";
  if (parent === "config.d" && name !== "") {
    const grandparent = parentSlash === -1 ? void 0 : path.slice(path.lastIndexOf("/", parentSlash - 1) + 1, parentSlash);
    if (sshDirectory(grandparent)) return "client";
  }
  return cryptoPolicyKind(path);
}
var SNIFF_LINES = 40;
var SNIFF_BYTES = 16384;
var SNIFF_FIRST = 2048;
var HASH = 35;
var EQUALS = 61;
var isBlank2 = (code) => code >= 9 && code <= 13 || code === 32 || code === 160;
var isLetter = (code) => (code | 32) >= 97 && (code | 32) <= 122;
var isDigit = (code) => code >= 48 && code <= 57;
function keywordHash(word) {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash, 31) + word.charCodeAt(index) | 0;
  return hash;
}
var keywordHashes = null;
function keywordLine(bytes, start, end) {
  if (!isLetter(bytes[start])) return false;
  keywordHashes ??= new Set([...CLIENT_KEYWORDS, ...SERVER_KEYWORDS].map(keywordHash));
  let hash = bytes[start] | 32;
  let at = start + 1;
  for (; at < end; at++) {
    const code = bytes[at];
    if (isLetter(code)) hash = Math.imul(hash, 31) + (code | 32) | 0;
    else if (isDigit(code)) hash = Math.imul(hash, 31) + code | 0;
    else break;
  }
  const wordEnd = at;
  while (at < end && isBlank2(bytes[at])) at++;
  if (at === end || at === wordEnd && bytes[at] !== EQUALS) return false;
  if (!keywordHashes.has(hash)) return false;
  const keyword = bytes.toString("latin1", start, wordEnd).toLowerCase();
  return CLIENT_KEYWORDS.has(keyword) || SERVER_KEYWORDS.has(keyword);
}
var NEWLINE2 = 10;
var NEARBY = 256;
function lineEnd(bytes, start, length) {
  const near = Math.min(start + NEARBY, length);
  for (let index = start; index < near; index++) if (bytes[index] === NEWLINE2) return index;
  const newline = near === length ? -1 : bytes.indexOf(NEWLINE2, near);
  return newline === -1 || newline >= length ? length : newline;
}
function mayBeConfigByContent(bytes, limit = bytes.length) {
  const length = Math.min(limit, bytes.length);
  let meaningful = 0;
  for (let start = 0; start < length && meaningful < 2; ) {
    let end = lineEnd(bytes, start, length);
    let first = start;
    start = end + 1;
    while (first < end && isBlank2(bytes[first])) first++;
    while (end > first && isBlank2(bytes[end - 1])) end--;
    if (first === end || bytes[first] === HASH) continue;
    meaningful++;
    if (keywordLine(bytes, first, end)) return true;
  }
  return false;
}
function configKindByContent(text, path, truncated = false) {
  const keywords = [];
  let client = 0;
  let server = 0;
  let clientOnly = 0;
  let serverOnly = 0;
  let seen = 0;
  let start = 0;
  for (; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const line = text.slice(start, newline === -1 ? text.length : newline);
    start = newline === -1 ? text.length : newline + 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (++seen > SNIFF_LINES) break;
    const keyword = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=|\s+\S)/.exec(trimmed)?.[1]?.toLowerCase();
    keywords.push(keyword ?? "");
    if (!keyword || !CLIENT_KEYWORDS.has(keyword) && !SERVER_KEYWORDS.has(keyword)) {
      if (seen - Math.max(client, server) > 1) return null;
      continue;
    }
    if (CLIENT_KEYWORDS.has(keyword)) client++;
    if (SERVER_KEYWORDS.has(keyword)) server++;
    if (CLIENT_ONLY.has(keyword)) clientOnly++;
    if (SERVER_ONLY.has(keyword)) serverOnly++;
  }
  if (start >= text.length && seen < SNIFF_LINES && truncated) return void 0;
  const policy = cryptoPolicyKindByContent(keywords, path);
  if (policy) return policy;
  const lines = Math.min(seen, SNIFF_LINES);
  if (lines < 3) return null;
  if (server >= lines * 0.9 && serverOnly >= 2 && serverOnly > clientOnly) return "server";
  if (client >= lines * 0.9 && clientOnly >= 2) return "client";
  return null;
}
function auditCommands(text, context) {
  const { options, keyGenerations, hostKeyChecking } = findCommandOptions(text);
  const findings = [];
  for (const option of options) {
    const setting = {
      keyword: option.keyword,
      written: option.written,
      args: [option.value],
      line: option.line,
      block: COMMAND_BLOCK,
      origin: "command",
      ...option.flag ? { flag: option.flag } : {}
    };
    findings.push(...checkSetting(setting, context.path));
  }
  for (const off of hostKeyChecking) {
    findings.push(
      makeFinding(
        "host-key-checking-disabled",
        { path: context.path, line: off.line, fingerprint: null },
        `${off.written} makes Ansible run ssh with StrictHostKeyChecking=no, which accepts any host key, so a man in the middle goes unnoticed; pin the host keys in a known_hosts file and remove the setting.`
      )
    );
  }
  for (const generation of keyGenerations) {
    let problem = null;
    if (generation.type === "dsa") problem = "makes a DSA key, which OpenSSH disabled in 7.0 and removed in 10.0";
    else if (generation.type === "rsa1") problem = "makes an SSH protocol 1 key, which OpenSSH no longer supports at all";
    else if (generation.type === "rsa" && generation.bits !== null && generation.bits < context.minRsaBits) {
      problem = `makes a ${generation.bits}-bit RSA key, below the ${context.minRsaBits}-bit minimum`;
    }
    if (problem) {
      findings.push(
        makeFinding(
          "weak-key-generation",
          { path: context.path, line: generation.line, fingerprint: null },
          `This ssh-keygen call ${problem}; generate an Ed25519 key instead (ssh-keygen -t ed25519).`
        )
      );
    }
  }
  return findings;
}
function auditConfigBytes(bytes, context, markers = findMarkers(bytes)) {
  const byName = configKindByName(context.path);
  if (byName) return asConfig(bytes, byName, context);
  const head = mayBeConfigByContent(bytes, SNIFF_BYTES) ? bytes.subarray(0, SNIFF_BYTES) : null;
  const maybeConfig = head !== null && CONFIG_MARKERS.some((marker) => head.includes(marker));
  const extension = extensionOf(context.path);
  const prose = extension !== null && PROSE_EXTENSIONS.has(extension);
  const maybeCommand = !prose && (markers.command || hasOtherSettings(bytes, extension, markers));
  if (!maybeConfig && !maybeCommand) return { findings: [] };
  if (maybeConfig && head) {
    const cut = head.length > SNIFF_FIRST ? head.lastIndexOf(10, SNIFF_FIRST) : -1;
    let kind = cut > 0 ? configKindByContent(head.toString("latin1", 0, cut + 1), context.path, true) : void 0;
    if (kind === void 0) kind = configKindByContent(head.toString("latin1"), context.path);
    if (kind) return asConfig(bytes, kind, context);
  }
  if (!maybeCommand) return { findings: [] };
  const text = bytes.toString("latin1");
  const policy = text.includes("CRYPTO_POLICY=") ? auditCryptoPolicy(text, context.path) : [];
  return { findings: [...auditCommands(text, context), ...findScriptConfigs(text, context.path), ...policy] };
}
function asConfig(bytes, kind, context) {
  const text = bytes.toString("latin1");
  const findings = text.includes("CRYPTO_POLICY") ? auditCryptoPolicy(text, context.path) : [];
  return { findings, config: { kind, text } };
}
function auditCryptoPolicy(text, path) {
  return findCryptoPolicyOptions(text).flatMap(
    (option) => checkSetting(
      {
        keyword: option.keyword,
        written: option.written,
        args: [option.value],
        line: option.line,
        block: COMMAND_BLOCK,
        origin: "server",
        flag: `-o${option.written}=${option.value}`,
        context: `on sshd's command line (${option.variable})`
      },
      path
    )
  );
}

// src/core/file-scan.ts
var BINARY_PROBE = 8e3;
async function loadKeyReaders(blocklists, root) {
  const [{ inventoryBytes }, { loadBlocklists }] = await Promise.all([import("./inventory-BTHDAPIB.js"), import("./blocklist-LXKNAB4M.js")]);
  return { inventoryBytes, blocklist: loadBlocklists(blocklists, root) };
}
function mayHoldKey(markers) {
  return markers.keyLine || markers.keyBlock || markers.encoded;
}
var scratch = Buffer.allocUnsafe(1 << 20);
var STREAM_WINDOW = 32 * 1024 * 1024;
var LOOK_AHEAD = 1024 * 1024;
function formatBytes(count) {
  if (count >= 1024 * 1024) return `${(count / 1024 / 1024).toFixed(1)} MiB`;
  if (count >= 1024) return `${(count / 1024).toFixed(1)} KiB`;
  return `${count} bytes`;
}
function describeSpecialFile(stats) {
  if (stats.isFIFO()) return "named pipe";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "special file";
}
function binaryReason(bytes) {
  const nul = (bytes.length <= BINARY_PROBE ? bytes : bytes.subarray(0, BINARY_PROBE)).indexOf(0);
  return nul === -1 ? null : `binary file (NUL byte at offset ${nul}), not scanned`;
}
function fill(fd, into, length, position) {
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, into, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function readFile(file, maxFileSize) {
  let fd;
  try {
    fd = openSync(file.open ?? file.absolute, OPEN_FLAGS);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") return { skipped: "replaced by a symlink since it was listed, not followed" };
    return { skipped: code === "EACCES" ? "unreadable: permission denied" : `unreadable (${code ?? "unknown error"})` };
  }
  let keepOpen = false;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: `not a regular file (${describeSpecialFile(stats)}), not scanned` };
    if (file.ino !== void 0 && (stats.ino !== file.ino || stats.dev !== file.dev)) {
      return { skipped: "replaced by another file since it was listed, not read" };
    }
    const size = stats.size;
    if (size > maxFileSize) {
      return { skipped: `larger than the ${formatBytes(maxFileSize)} limit (${formatBytes(size)}); raise --max-file-size to scan it` };
    }
    if (size > STREAM_WINDOW + LOOK_AHEAD) {
      keepOpen = true;
      return { stream: { fd, size } };
    }
    if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
    const { bytes: content, encoding } = decodeTextBytes(scratch.subarray(0, fill(fd, scratch, size, 0)));
    const binary = binaryReason(content);
    return binary ? { skipped: binary } : { bytes: content, encoding };
  } catch (error) {
    const code = error.code;
    return { skipped: `unreadable (${code ?? "unknown error"})` };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
function countLines(bytes, from, to) {
  let count = 0;
  for (let at = bytes.indexOf(10, from); at !== -1 && at < to; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}
function* windows(file) {
  const buffer = Buffer.allocUnsafe(STREAM_WINDOW + LOOK_AHEAD);
  let firstLine = 1;
  for (let start = 0; start < file.size; ) {
    const filled = fill(file.fd, buffer, Math.min(buffer.length, file.size - start), start);
    if (filled === 0) return;
    const bytes = buffer.subarray(0, filled);
    if (start + filled >= file.size) {
      yield { bytes, firstLine, lines: Infinity };
      return;
    }
    const newline = bytes.lastIndexOf(10, STREAM_WINDOW - 1);
    const reported = newline === -1 ? STREAM_WINDOW : newline + 1;
    const lines = countLines(bytes, 0, reported);
    yield { bytes, firstLine, lines };
    firstLine += lines;
    start += reported;
  }
}
function isStringLimit(error) {
  return error instanceof RangeError && /Invalid string length/.test(error.message);
}
function scanBytes(path, bytes, markers, context, into, window, textEncoding) {
  const { minRsaBits, now, memo, readers } = context;
  let inventory = { keys: [], findings: [], rsaModuli: [] };
  if (mayHoldKey(markers)) {
    if (!readers) throw new Error("scanBytes: a file with a key marker needs loadKeyReaders() first");
    inventory = readers.inventoryBytes(
      bytes,
      { path, minRsaBits, now, memo, blocklist: readers.blocklist, textEncoding },
      void 0,
      markers
    );
  }
  const configAudit = auditConfigBytes(bytes, { path, minRsaBits }, markers);
  let found = inventory.findings.length === 0 ? configAudit.findings : [...inventory.findings, ...configAudit.findings];
  if (configAudit.config && (!window || window.firstLine === 1)) into.config = configAudit.config;
  if (inventory.keys.length === 0 && found.length === 0) return;
  let inventoried = inventory.keys;
  const shift = window ? window.firstLine - 1 : 0;
  const keptKeys = window ? new Set(inventoried.filter((key) => key.line <= window.lines)) : null;
  if (window) {
    found = found.filter((item) => item.line <= window.lines);
    inventoried = [...keptKeys];
    if (shift > 0) {
      found = found.map((item) => ({ ...item, line: item.line + shift }));
      inventoried = inventoried.map((key) => ({ ...key, line: key.line + shift }));
    }
  }
  const keys = into.keys ??= [];
  const offset = keys.length;
  keys.push(...inventoried);
  if (found.length > 0) (into.findings ??= []).push(...found);
  if (inventory.rsaModuli.length === 0) return;
  const indexOf = new Map((keptKeys ? [...keptKeys] : inventory.keys).map((key, index) => [key, offset + index]));
  const moduli = into.moduli ??= [];
  for (const { n, key } of inventory.rsaModuli) {
    const at = indexOf.get(key);
    if (at !== void 0) moduli.push({ n, key: at });
  }
}
function scanFileBytes(file, bytes, context, into, window, encoding) {
  const markers = findMarkers(bytes);
  if (context.readers === null && mayHoldKey(markers)) return false;
  if (markers.directive) {
    let found = findDirectives(bytes);
    if (window)
      found = found.filter((item) => item.line <= window.lines).map((item) => ({ ...item, line: item.line + window.firstLine - 1 }));
    if (found.length > 0) (into.directives ??= []).push(...found);
  }
  scanBytes(file.path, bytes, markers, context, into, window, encoding);
  return true;
}
function scanListedFile(file, context) {
  const outcome = readFile(file, context.maxFileSize);
  if ("skipped" in outcome) return { skipped: outcome.skipped };
  const into = {};
  try {
    if ("bytes" in outcome) {
      return scanFileBytes(file, outcome.bytes, context, into, void 0, outcome.encoding) ? into : { needsKeyReaders: true };
    }
    for (const window of windows(outcome.stream)) {
      if (window.firstLine === 1) {
        const binary = binaryReason(window.bytes);
        if (binary) return { skipped: binary };
      }
      if (!scanFileBytes(file, window.bytes, context, into, window)) return { needsKeyReaders: true };
    }
    return into;
  } catch (error) {
    if (isStringLimit(error)) return { ...into, skipped: `too large to decode as text in one piece (V8's string limit), not scanned` };
    const code = error.code;
    if (code) return { ...into, skipped: `unreadable (${code})` };
    throw error;
  } finally {
    if ("stream" in outcome) closeSync(outcome.stream.fd);
  }
}

export {
  parseConfig,
  isGlobalBlock,
  walkConfig,
  judgeEntries,
  DEPRECATED,
  SERVER_GLOBAL_ONLY,
  ALGORITHM_OPTIONS,
  checkSetting,
  loadKeyReaders,
  mayHoldKey,
  binaryReason,
  readFile,
  scanBytes,
  scanListedFile
};
