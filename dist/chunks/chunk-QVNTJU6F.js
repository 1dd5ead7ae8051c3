#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  findSharedPrimes
} from "./chunk-RNDL2CMU.js";
import {
  findingIdentity,
  loadBaseline
} from "./chunk-5QJXU7N2.js";
import {
  discover,
  reportPath
} from "./chunk-66HFAMML.js";
import {
  Minimatch
} from "./chunk-6VK4DKLJ.js";
import {
  ALGORITHM_OPTIONS,
  addedBy,
  describeBlock,
  findMarkers,
  inventoryBytes,
  isGlobalBlock,
  knownAlgorithms,
  loadBlocklists,
  parseConfig,
  weaknessOf
} from "./chunk-TRLE6MTC.js";
import {
  zs
} from "./chunk-BXCBUL4N.js";
import {
  isKnownKeyType,
  plainTypeOf,
  validateOptions
} from "./chunk-J5KGRYAI.js";
import {
  byLocation,
  byPath
} from "./chunk-OCWKS3J7.js";
import {
  ruleById
} from "./chunk-GTLX77JM.js";
import {
  VERSION
} from "./chunk-J6X5OJSP.js";

// src/core/scan.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/core/checks/duplicates.ts
var NAMED_LOCATIONS = 3;
function findDuplicates(keys) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const key of keys) {
    if (!key.fingerprint || key.source === "private-key" || key.source === "certificate" || key.marker === "revoked") continue;
    const group = byFingerprint.get(key.fingerprint);
    if (group) group.push(key);
    else byFingerprint.set(key.fingerprint, [key]);
  }
  const severity = ruleById("duplicate-key").severity;
  const findings = [];
  for (const [fingerprint, group] of byFingerprint) {
    const files = new Set(group.map((key) => key.path));
    if (group.length < 2 || files.size === 1 && group.every((key) => key.source === "known-hosts")) continue;
    const locations = group.map((key) => `${key.path}:${key.line}`);
    group.forEach((key, index) => {
      const others = [];
      for (let other = 0; other < locations.length && others.length < NAMED_LOCATIONS; other++) {
        if (other !== index) others.push(locations[other]);
      }
      const rest = group.length - 1 - others.length;
      const more = rest > 0 ? ` and ${rest} more` : "";
      findings.push({
        rule: "duplicate-key",
        severity,
        path: key.path,
        line: key.line,
        message: `This key is also at ${others.join(", ")}${more}; give each machine or user its own key so one can be revoked without the others.`,
        fingerprint
      });
    });
  }
  return findings;
}

// src/core/config/keywords.ts
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

// src/core/checks/config-rules.ts
var NOUN = {
  "weak-kex": "key exchange",
  "weak-cipher": "cipher",
  "weak-mac": "MAC",
  "sha1-signatures-enabled": "signature algorithm"
};
function quote(setting) {
  return setting.origin === "command" ? `-o ${setting.written}=${setting.args[0]}` : `${setting.written} ${setting.args[0] ?? ""}`.trim();
}
function where(setting) {
  return setting.origin === "command" ? "on this command line" : describeBlock(setting.block);
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
      const scope = setting.origin === "command" ? "for this connection; use an Ed25519 key instead, or keep the exception in a Host block of ~/.ssh/config for the one old server" : isGlobalBlock(setting.block) ? `for every ${side}, ${describeBlock(setting.block)}, not just the old ${side} that needed it; use an Ed25519 key, or move the line into a ${setting.origin === "server" ? "Match" : "Host"} block for that one ${side}` : `${describeBlock(setting.block)}; the lasting fix is an Ed25519 key, so the exception can go`;
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
  const make = (rule, message) => ({
    rule,
    severity: ruleById(rule).severity,
    path,
    line: setting.line,
    message,
    fingerprint: null
  });
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
    if (setting.keyword === "permitrootlogin" && YES(first)) {
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
          `HostKey ${first} is a DSA host key, which current OpenSSH clients refuse (disabled in 7.0, removed in 10.0); generate an Ed25519 host key and remove this line.`
        )
      );
    }
  }
  return findings;
}

// src/core/config/command-lines.ts
var SSH_COMMAND = /(?:^|[^A-Za-z0-9_.-])(?:ssh|scp|sftp|autossh|sshpass|rsync|GIT_SSH_COMMAND|sshCommand)(?![A-Za-z0-9_-])/;
var OPTION = /(?:^|[\s'"=(])-o\s*(["']?)([A-Za-z]+)(?:\s*=\s*|(?<=["'][A-Za-z]+)\s+)([^\s"';&|)`]+)/g;
var KEYGEN = /(?:^|[^A-Za-z0-9_.`-])ssh-keygen(?![A-Za-z0-9_-])([^;&|`\n]*)/g;
var COMMENT_LINE = /^\s*(?:#|\/\/|--|;|\*|rem\s)/i;
function linesWith(text, needle, into, also) {
  for (let found = text.indexOf(needle); found !== -1; ) {
    const start = text.lastIndexOf("\n", found) + 1;
    const end = text.indexOf("\n", found);
    const stop = end === -1 ? text.length : end;
    if (also === void 0 || text.slice(start, stop).includes(also)) into.add(start);
    found = end === -1 ? -1 : text.indexOf(needle, end);
  }
}
function findCommandOptions(text) {
  const options = [];
  const keyGenerations = [];
  const starts = /* @__PURE__ */ new Set();
  linesWith(text, "-o", starts);
  linesWith(text, "ssh-keygen", starts, "-t");
  let lineNumber = 1;
  let counted = 0;
  for (const lineStart of [...starts].sort((a, b) => a - b)) {
    for (let next = text.indexOf("\n", counted); next !== -1 && next < lineStart; next = text.indexOf("\n", next + 1)) lineNumber++;
    counted = lineStart;
    const lineEnd = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (COMMENT_LINE.test(line)) continue;
    if (line.includes("-o") && SSH_COMMAND.test(line)) {
      for (const match of line.matchAll(OPTION)) {
        const keyword = match[2].toLowerCase();
        if (!CLIENT_KEYWORDS.has(keyword)) continue;
        options.push({ line: lineNumber, keyword, written: match[2], value: match[3] });
      }
    }
    if (!line.includes("ssh-keygen") || !line.includes("-t")) continue;
    for (const keygen of line.matchAll(KEYGEN)) {
      const type = /(?:^|\s)-t\s*["']?([A-Za-z0-9-]+)/.exec(keygen[1])?.[1]?.toLowerCase();
      const bits = /(?:^|\s)-b\s*["']?(\d+)/.exec(keygen[1])?.[1];
      if (type) keyGenerations.push({ line: lineNumber, type, bits: bits ? Number(bits) : null });
    }
  }
  return { options, keyGenerations };
}

// src/core/config-audit.ts
var COMMAND_BLOCK = { kind: "global", criteria: [], line: 0 };
var PROSE = /\.(md|markdown|rst|txt|adoc|asciidoc|html?|tex|1|5|8)$/i;
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
function configKindByName(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/^sshd_config(\.|$)/.test(name) || /(^|\/)sshd_config\.d\/[^/]+$/.test(path)) return "server";
  if (/^ssh_config(\.|$)/.test(name) || /(^|\/)ssh_config\.d\/[^/]+$/.test(path)) return "client";
  if (/(^|\/)\.ssh\/config$/.test(path) || /(^|\/)\.ssh\/config\.d\/[^/]+$/.test(path)) return "client";
  return null;
}
var SNIFF_LINES = 40;
var SNIFF_BYTES = 16384;
function configKindByContent(head) {
  let client = 0;
  let server = 0;
  let clientOnly = 0;
  let serverOnly = 0;
  let seen = 0;
  for (let start = 0; start < head.length; ) {
    const newline = head.indexOf(10, start);
    const line = head.toString("latin1", start, newline === -1 ? head.length : newline);
    start = newline === -1 ? head.length : newline + 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (++seen > SNIFF_LINES) break;
    const keyword = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=|\s+\S)/.exec(trimmed)?.[1]?.toLowerCase();
    if (!keyword || !CLIENT_KEYWORDS.has(keyword) && !SERVER_KEYWORDS.has(keyword)) {
      if (seen - Math.max(client, server) > 1) return null;
      continue;
    }
    if (CLIENT_KEYWORDS.has(keyword)) client++;
    if (SERVER_KEYWORDS.has(keyword)) server++;
    if (CLIENT_ONLY.has(keyword)) clientOnly++;
    if (SERVER_ONLY.has(keyword)) serverOnly++;
  }
  const lines = Math.min(seen, SNIFF_LINES);
  if (lines < 3) return null;
  if (server >= lines * 0.9 && serverOnly >= 2 && serverOnly > clientOnly) return "server";
  if (client >= lines * 0.9 && clientOnly >= 2) return "client";
  return null;
}
function auditConfig(text, kind, path, parsed = parseConfig(text)) {
  const includes = parsed.directives.filter((directive) => directive.keyword === "include").flatMap((directive) => directive.args);
  return {
    findings: parsed.directives.flatMap((directive) => checkSetting({ ...directive, origin: kind }, path)),
    config: { kind, includes }
  };
}
function auditIncludedConfig(bytes, kind, path) {
  return auditConfig(bytes.toString("latin1"), kind, path);
}
function auditCommands(text, context) {
  const { options, keyGenerations } = findCommandOptions(text);
  const findings = [];
  for (const option of options) {
    const setting = {
      keyword: option.keyword,
      written: option.written,
      args: [option.value],
      line: option.line,
      block: COMMAND_BLOCK,
      origin: "command"
    };
    findings.push(...checkSetting(setting, context.path));
  }
  const severity = ruleById("weak-key-generation").severity;
  for (const generation of keyGenerations) {
    let problem = null;
    if (generation.type === "dsa") problem = "makes a DSA key, which OpenSSH disabled in 7.0 and removed in 10.0";
    else if (generation.type === "rsa1") problem = "makes an SSH protocol 1 key, which OpenSSH no longer supports at all";
    else if (generation.type === "rsa" && generation.bits !== null && generation.bits < context.minRsaBits) {
      problem = `makes a ${generation.bits}-bit RSA key, below the ${context.minRsaBits}-bit minimum`;
    }
    if (problem) {
      findings.push({
        rule: "weak-key-generation",
        severity,
        path: context.path,
        line: generation.line,
        message: `This ssh-keygen call ${problem}; generate an Ed25519 key instead (ssh-keygen -t ed25519).`,
        fingerprint: null
      });
    }
  }
  return findings;
}
function auditConfigBytes(bytes, context, markers = findMarkers(bytes)) {
  const byName = configKindByName(context.path);
  if (byName) return auditConfig(bytes.toString("latin1"), byName, context.path);
  const head = bytes.subarray(0, SNIFF_BYTES);
  const maybeConfig = CONFIG_MARKERS.some((marker) => head.includes(marker));
  const maybeCommand = markers.command && !PROSE.test(context.path);
  if (!maybeConfig && !maybeCommand) return { findings: [] };
  if (maybeConfig) {
    const kind = configKindByContent(head);
    if (kind) return auditConfig(bytes.toString("latin1"), kind, context.path);
  }
  if (!maybeCommand) return { findings: [] };
  const text = bytes.toString("latin1");
  return { findings: auditCommands(text, context) };
}

// src/core/config/includes.ts
import { dirname, isAbsolute, resolve } from "node:path";
var MAX_DEPTH = 16;
var IncludeTracker = class {
  audited = /* @__PURE__ */ new Set();
  queued = /* @__PURE__ */ new Map();
  byAbsolute;
  constructor(files) {
    this.byAbsolute = new Map(files.map((file) => [file.absolute, file]));
  }
  /** Records a file that was audited as a config and queues what it includes. */
  note(file, kind, includes, depth = 0) {
    this.audited.add(file.absolute);
    this.queued.delete(file.absolute);
    if (depth >= MAX_DEPTH) return;
    for (const pattern of includes) {
      const absolutePattern = isAbsolute(pattern) ? pattern : resolve(dirname(file.absolute), pattern);
      for (const match of zs(absolutePattern.replace(/\\/g, "/"), { nodir: true, dot: true }).sort()) {
        const target = this.byAbsolute.get(match);
        if (target && !this.audited.has(match) && !this.queued.has(match)) this.queued.set(match, { file: target, kind, depth: depth + 1 });
      }
    }
  }
  /** The next included file not yet audited as a config, or undefined when there is none. */
  next() {
    const first = this.queued.values().next();
    return first.done ? void 0 : first.value;
  }
};

// src/core/policy/apply.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";
function pathMatcher(pattern) {
  const trimmed = pattern.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  const anchored = trimmed.includes("/") ? trimmed : `**/${trimmed}`;
  const patterns = (anchored.endsWith("/**") ? [anchored] : [anchored, `${anchored}/**`]).map((item) => new Minimatch(item, { dot: true }));
  return (path) => patterns.some((matcher) => matcher.match(path));
}
function finding(rule, path, line, message, fingerprint) {
  return { rule, severity: ruleById(rule).severity, path, line, message, fingerprint };
}
function disallowedKeyTypes(keys, allowed, policyFile) {
  if (allowed === null) return [];
  const where2 = policyFile ?? "the policy";
  return keys.filter((key) => key.marker !== "revoked" && isKnownKeyType(key.type) && !allowed.includes(plainTypeOf(key.type))).map(
    (key) => finding(
      "disallowed-key-type",
      key.path,
      key.line,
      `This ${plainTypeOf(key.type)} key is not one of the key types ${where2} allows (${allowed.join(", ")}).`,
      key.fingerprint
    )
  );
}
function today(now) {
  return now.toISOString().slice(0, 10);
}
function applyPolicy(input, options, baseline) {
  const all = [...input.findings, ...disallowedKeyTypes(input.keys, options.allowedKeyTypes, options.policyFile)];
  const meta = [];
  const policyFile = options.policyFile ?? "the policy";
  const policyBase = options.policyFile ? dirname2(resolve2(options.root, options.policyFile)) : options.root;
  const day = today(options.now);
  const active = [];
  for (const entry of options.allow) {
    if (entry.expires !== void 0 && entry.expires < day) {
      const what = [entry.rule, entry.fingerprint, entry.path].filter(Boolean).join(" ");
      meta.push(
        finding(
          "expired-suppression",
          policyFile,
          entry.line,
          `This allow entry (${what}) expired on ${entry.expires}, so the findings it accepted are reported again. Its reason was: ${entry.reason}`,
          entry.fingerprint ?? null
        )
      );
    } else {
      active.push({ entry, matches: entry.path === void 0 ? null : pathMatcher(entry.path) });
    }
  }
  const allowFor = (item) => {
    const path = reportPath(policyBase, resolve2(options.root, item.path));
    return active.find(
      ({ entry, matches }) => (entry.fingerprint === void 0 || entry.fingerprint === item.fingerprint) && (entry.rule === void 0 || entry.rule === item.rule) && (matches === null || matches(path))
    )?.entry;
  };
  const unreasoned = /* @__PURE__ */ new Map();
  const directiveFor = (item) => {
    const directives = input.directives.get(item.path);
    if (!directives) return void 0;
    const covering = [item.line, item.line - 1].map((line) => directives.find((directive) => directive.line === line && directive.rules.includes(item.rule))).filter((directive) => directive !== void 0);
    for (const directive of covering.filter((candidate) => candidate.reason === null)) {
      const id = `${item.path}\0${directive.line}`;
      const entry = unreasoned.get(id) ?? { path: item.path, line: directive.line, rules: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Set() };
      entry.rules.add(item.rule);
      entry.lines.add(item.line);
      unreasoned.set(id, entry);
    }
    return covering.find((directive) => directive.reason !== null);
  };
  const findings = [];
  const suppressed = [];
  const seen = /* @__PURE__ */ new Set();
  const settle = (original, own) => {
    const identity = baseline ? findingIdentity(original, baseline.base, options.root) : "";
    if (baseline) seen.add(identity);
    const setting = options.rules[original.rule];
    if (setting === "off") return;
    const item = setting === void 0 ? original : { ...original, severity: setting };
    let suppression;
    const directive = own ? void 0 : directiveFor(item);
    const allow = own || directive ? void 0 : allowFor(item);
    if (directive) {
      suppression = { kind: "inline", reason: directive.reason, source: `${item.path}:${directive.line}` };
    } else if (allow) {
      suppression = { kind: "policy", reason: allow.reason, source: `${policyFile}:${allow.line}` };
      if (allow.expires !== void 0) suppression.expires = allow.expires;
    } else if (baseline?.identities.has(identity)) {
      suppression = { kind: "baseline", reason: "accepted in the baseline", source: baseline.file };
    }
    if (suppression) suppressed.push({ ...item, suppression });
    else findings.push(item);
  };
  for (const item of all) settle(item, false);
  for (const entry of unreasoned.values()) {
    const rules = [...entry.rules].join(", ");
    const lines = `line${entry.lines.size > 1 ? "s" : ""} ${[...entry.lines].join(", ")}`;
    meta.push(
      finding(
        "suppression-without-reason",
        entry.path,
        entry.line,
        `This ssh-key-audit: ignore comment gives no reason, so the ${rules} finding on ${lines} is still reported; write why it is accepted after " -- ".`,
        null
      )
    );
  }
  for (const item of meta) settle(item, true);
  const outcome = { findings, suppressed };
  if (baseline) outcome.baselineFixed = [...baseline.identities].filter((identity) => !seen.has(identity)).length;
  return outcome;
}

// src/core/policy/inline.ts
var MARKER = Buffer.from("ssh-key-audit:");
var NEWLINE = 10;
var DIRECTIVE = /(?:#|\/\/|;|--|\/\*|<!--|^\s*\*)\s*ssh-key-audit:\s*ignore\s+([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)(.*)$/;
var REASON = /^\s+--\s*(.*?)\s*(?:\*\/|-->)?\s*$/;
function parseDirective(text, line) {
  const match = DIRECTIVE.exec(text);
  if (!match) return null;
  const rules = match[1].split(",").map((rule) => rule.trim());
  const reason = REASON.exec(match[2])?.[1] ?? "";
  return { line, rules, reason: reason === "" ? null : reason };
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

// src/core/scan.ts
var BINARY_PROBE = 8e3;
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
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
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
    const content = scratch.subarray(0, fill(fd, scratch, size, 0));
    const binary = binaryReason(content);
    return binary ? { skipped: binary } : { bytes: content };
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
function summarise(findings, files, keys, skipped, suppressed = 0) {
  const count = (severity) => findings.filter((item) => item.severity === severity).length;
  return { files, keys, errors: count("error"), warnings: count("warning"), notices: count("notice"), skipped, suppressed };
}
async function scan(input, hooks = {}, extra = {}) {
  const options = validateOptions(input);
  const discovery = await discover(options.paths, options.root, options.include, options.exclude);
  const keys = [];
  const findings = [];
  const skipped = [...discovery.skipped];
  const memo = /* @__PURE__ */ new Map();
  const blocklist = loadBlocklists(options.blocklists, options.root);
  const baseline = options.baseline === null ? null : loadBaseline(options.baseline, options.root);
  const directives = /* @__PURE__ */ new Map();
  const moduli = /* @__PURE__ */ new Map();
  const configs = { tracker: null };
  const includes = () => configs.tracker ??= new IncludeTracker(discovery.files);
  let scanned = 0;
  const scanBytes = (path, bytes, markers, commit, window) => {
    const inventory = inventoryBytes(
      bytes,
      { path, minRsaBits: options.minRsaBits, now: options.now, memo, blocklist },
      void 0,
      markers
    );
    const configAudit = auditConfigBytes(bytes, { path, minRsaBits: options.minRsaBits }, markers);
    if (inventory.keys.length === 0 && inventory.findings.length === 0 && configAudit.findings.length === 0) return configAudit;
    let found = [...inventory.findings, ...configAudit.findings];
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
    if (commit) for (const item of [...inventoried, ...found]) item.commit = commit;
    keys.push(...inventoried);
    findings.push(...found);
    for (const { n, key } of inventory.rsaModuli) {
      if (keptKeys && !keptKeys.has(key)) continue;
      const id = n.toString("hex");
      const location = { path: key.path, line: key.line + shift, fingerprint: key.fingerprint };
      const entry = moduli.get(id);
      if (entry) entry.locations.push(location);
      else moduli.set(id, { n, locations: [location] });
    }
    return configAudit;
  };
  const scanFileBytes = (file, bytes, window) => {
    const markers = findMarkers(bytes);
    if (markers.directive) {
      let found = findDirectives(bytes);
      if (window)
        found = found.filter((item) => item.line <= window.lines).map((item) => ({ ...item, line: item.line + window.firstLine - 1 }));
      if (found.length > 0) directives.set(file.path, [...directives.get(file.path) ?? [], ...found]);
    }
    const configAudit = scanBytes(file.path, bytes, markers, void 0, window);
    if (configAudit.config && (!window || window.firstLine === 1))
      includes().note(file, configAudit.config.kind, configAudit.config.includes);
  };
  const scanFile = (file) => {
    const outcome = readFile(file, options.maxFileSize);
    if ("skipped" in outcome) return outcome.skipped;
    try {
      if ("bytes" in outcome) {
        scanFileBytes(file, outcome.bytes);
        return null;
      }
      for (const window of windows(outcome.stream)) {
        if (window.firstLine === 1) {
          const binary = binaryReason(window.bytes);
          if (binary) return binary;
        }
        scanFileBytes(file, window.bytes, window);
      }
      return null;
    } catch (error) {
      if (isStringLimit(error)) return `too large to decode as text in one piece (V8's string limit), not scanned`;
      const code = error.code;
      if (code) return `unreadable (${code})`;
      throw error;
    } finally {
      if ("stream" in outcome) closeSync(outcome.stream.fd);
    }
  };
  discovery.files.forEach((file, index) => {
    const reason = scanFile(file);
    if (reason === null) scanned++;
    else skipped.push({ path: file.path, reason });
    hooks.onProgress?.(index + 1, discovery.files.length);
  });
  let historyScanned = 0;
  for await (const blob of extra.history?.blobs ?? []) {
    const where2 = `${blob.path}@${blob.commit.slice(0, 12)}`;
    if (!blob.bytes) {
      skipped.push({ path: where2, reason: blob.skipped ?? "not read" });
      continue;
    }
    const binary = binaryReason(blob.bytes);
    if (binary) {
      skipped.push({ path: where2, reason: binary });
      continue;
    }
    historyScanned++;
    scanBytes(blob.path, blob.bytes, findMarkers(blob.bytes), blob.commit);
  }
  for (let next = configs.tracker?.next(); next; next = includes().next()) {
    const outcome = readFile(next.file, options.maxFileSize);
    if ("stream" in outcome) closeSync(outcome.stream.fd);
    const audit = "bytes" in outcome ? auditIncludedConfig(outcome.bytes, next.kind, next.file.path) : { findings: [] };
    findings.push(...audit.findings);
    includes().note(next.file, next.kind, audit.config?.includes ?? [], next.depth);
  }
  findings.push(...findDuplicates(keys.filter((key) => key.commit === void 0)));
  findings.push(...await findSharedPrimes(moduli));
  keys.push(...extra.keys ?? []);
  findings.push(...extra.findings ?? []);
  const policy = applyPolicy({ keys, findings, directives }, options, baseline);
  keys.sort(byLocation);
  policy.findings.sort(byLocation);
  policy.suppressed.sort(byLocation);
  skipped.sort(byPath);
  const summary = summarise(policy.findings, scanned, keys.length, skipped.length, policy.suppressed.length);
  if (policy.baselineFixed !== void 0) summary.baselineFixed = policy.baselineFixed;
  const result = {
    tool: { name: "ssh-key-audit", version: VERSION },
    root: options.root,
    keys,
    findings: policy.findings,
    suppressed: policy.suppressed,
    skipped,
    summary
  };
  if (extra.history) {
    const { total, shallow, warning } = extra.history;
    result.history = { blobs: total, scanned: historyScanned, shallow, ...warning ? { warning } : {} };
  }
  return result;
}

export {
  summarise,
  scan
};
