#!/usr/bin/env node
import {
  ALGORITHM_OPTIONS,
  addedBy,
  assembleList,
  effectiveSettings,
  isGlobalBlock,
  knownAlgorithms,
  matchHostList,
  parseConfig,
  weaknessOf
} from "./chunk-JEPBBKKA.js";
import {
  exitCodeFor,
  parseCommandLine
} from "./chunk-ZBU7ZBZR.js";
import {
  zs
} from "./chunk-BXCBUL4N.js";
import {
  inventoryBytes
} from "./chunk-S226BYM7.js";
import "./chunk-ETGSMTXK.js";
import "./chunk-72M4R2KB.js";
import "./chunk-ACTYS6I7.js";
import "./chunk-42MXORR6.js";
import "./chunk-3M42D43V.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-AFWYQFC3.js";
import {
  VERSION
} from "./chunk-GYNN6ZCP.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-CCRRIRE6.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";

// src/cli/explain-command.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

// src/core/data/openssh-timeline.ts
var OPENSSH_TIMELINE = [
  {
    id: "ecdsa-added",
    version: "5.7",
    released: "2011",
    change: "ECDSA keys (ecdsa-sha2-nistp256/384/521) and ECDH key exchange (RFC 5656) added.",
    source: 'OpenSSH 8.2 release notes: "The RFC5656 ECDSA algorithms ... have been supported by OpenSSH since release 5.7"'
  },
  {
    id: "ed25519-added",
    version: "6.5",
    released: "2014",
    change: "Ed25519 keys (ssh-ed25519), curve25519-sha256@libssh.org key exchange and chacha20-poly1305 added.",
    source: 'OpenSSH 8.2 release notes: "The ssh-ed25519 signature algorithm. It has been supported in OpenSSH since release 6.5"; https://www.openssh.com/txt/release-6.5'
  },
  {
    id: "dsa-disabled",
    version: "7.0",
    released: "2015-08-11",
    change: "ssh-dss (DSA) host and user keys disabled by default at run time.",
    source: "openssh-portable commit 3a1638dda; https://www.openssh.com/txt/release-7.0"
  },
  {
    id: "group1-sha1-disabled",
    version: "7.0",
    released: "2015-08-11",
    change: "diffie-hellman-group1-sha1 key exchange disabled by default, in the client too.",
    source: "openssh-portable commit bdfd29f60; https://www.openssh.com/legacy.html"
  },
  {
    id: "rsa-sha2-added",
    version: "7.2",
    released: "2016",
    change: "RSA signatures with SHA-2 (rsa-sha2-256, rsa-sha2-512; RFC 8332) and extension negotiation (server-sig-algs; RFC 8308) added: the same RSA keys sign without SHA-1.",
    source: 'openbsd/www commit edeed95 (specs.html: draft-rsa-dsa-sha2-256 and draft-ssh-ext-info "new in OpenSSH 7.2"); OpenSSH 8.2 release notes: "supported since OpenSSH 7.2"'
  },
  {
    id: "rsa-minimum-1024",
    version: "7.6",
    released: "2017-10-03",
    change: "RSA keys below 1024 bits refused (SSH_RSA_MINIMUM_MODULUS_SIZE 1024).",
    source: "openssh-portable commit bd636f409 (sshkey.h)"
  },
  {
    id: "ssh-rsa-ca-dropped",
    version: "8.2",
    released: "2020-02-14",
    change: "ssh-rsa (SHA-1) removed from CASignatureAlgorithms; first notice that ssh-rsa signatures will be disabled.",
    source: "OpenSSH 8.2 release notes (quoted in github/docs issue 39638)"
  },
  {
    id: "accepted-algorithms-renamed",
    version: "8.5",
    released: "2021-03-02",
    change: "PubkeyAcceptedKeyTypes renamed PubkeyAcceptedAlgorithms (the old name stays an alias).",
    source: "openssh-portable commits ee9c0da80, e9f78d6b0"
  },
  {
    id: "ssh-rsa-disabled",
    version: "8.8",
    released: "2021-09-26",
    change: "ssh-rsa (RSA with SHA-1) signatures disabled by default, for host keys and user keys; RSA keys keep working with rsa-sha2-256/512.",
    source: "openssh-portable commit 234475025; https://lists.mindrot.org/pipermail/openssh-unix-dev/2021-August/039543.html (8.7 notice)"
  },
  {
    id: "required-rsa-size",
    version: "9.1",
    released: "2022-10-04",
    change: "RequiredRSASize added (default 1024, can only be raised): smaller RSA keys are ignored by ssh and refused by sshd.",
    source: "openssh-portable commit 54b333d12, ssh_config(5)"
  },
  {
    id: "strict-kex-added",
    version: "9.6",
    released: "2023-12-18",
    change: "Strict key exchange (kex-strict-*-v00@openssh.com) against the Terrapin prefix truncation attack (CVE-2023-48795).",
    source: 'https://www.openssh.com/txt/release-9.6 ("strict KEX")'
  },
  {
    id: "dsa-not-built",
    version: "9.8",
    released: "2024-07-01",
    change: "DSA support disabled at compile time by default.",
    source: "openssh-portable commit 00eb95957"
  },
  {
    id: "dsa-removed",
    version: "10.0",
    released: "2025-04-09",
    change: "DSA support removed entirely.",
    source: "openssh-portable commit 6c9872faa"
  },
  {
    id: "finite-field-dh-server-dropped",
    version: "10.0",
    released: "2025-04-09",
    change: "Finite-field Diffie-Hellman (diffie-hellman-group*, diffie-hellman-group-exchange-*) removed from the server default list.",
    source: "openssh-portable commit 0051381a8"
  },
  {
    id: "mldsa44-ed25519-added",
    version: "10.4",
    released: "2026-07-06",
    change: "Composite post-quantum ML-DSA-44/Ed25519 keys (ssh-mldsa44-ed25519@openssh.com) added, experimental and not enabled by default: HostKeyAlgorithms and PubkeyAcceptedAlgorithms must name them.",
    source: 'openssh-portable commit 81ca1451b ("Add experimental support for a composite post-quantum signature scheme ... not enabled by default"), first in tag V_10_4_P1 (2026-07-06)'
  }
];
var BY_ID = new Map(OPENSSH_TIMELINE.map((entry) => [entry.id, entry]));
function opensshChange(id) {
  return BY_ID.get(id);
}
function describeChange(id) {
  const entry = opensshChange(id);
  return `OpenSSH ${entry.version} (${entry.released})`;
}
var ALGORITHM_HISTORY = {
  "ssh-dss": { disabled: "dsa-disabled", removed: "dsa-removed" },
  "ssh-dss-cert-v01@openssh.com": { disabled: "dsa-disabled", removed: "dsa-removed" },
  "ssh-rsa": { disabled: "ssh-rsa-disabled" },
  "ssh-rsa-cert-v01@openssh.com": { disabled: "ssh-rsa-disabled" },
  "rsa-sha2-256": { added: "rsa-sha2-added" },
  "rsa-sha2-512": { added: "rsa-sha2-added" },
  "ssh-ed25519": { added: "ed25519-added" },
  "ecdsa-sha2-nistp256": { added: "ecdsa-added" },
  "ecdsa-sha2-nistp384": { added: "ecdsa-added" },
  "ecdsa-sha2-nistp521": { added: "ecdsa-added" },
  "curve25519-sha256@libssh.org": { added: "ed25519-added" },
  "chacha20-poly1305@openssh.com": { added: "ed25519-added" },
  "ecdh-sha2-nistp256": { added: "ecdsa-added" },
  "ecdh-sha2-nistp384": { added: "ecdsa-added" },
  "ecdh-sha2-nistp521": { added: "ecdsa-added" },
  "diffie-hellman-group1-sha1": { disabled: "group1-sha1-disabled" },
  "ssh-mldsa44-ed25519@openssh.com": { added: "mldsa44-ed25519-added" },
  "ssh-mldsa44-ed25519-cert-v01@openssh.com": { added: "mldsa44-ed25519-added" }
};
function parseOpensshVersion(text) {
  const match = /OpenSSH_(\d+)\.(\d+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}
function includesChange(version2, id) {
  const [major, minor] = opensshChange(id).version.split(".").map(Number);
  return version2[0] > major || version2[0] === major && version2[1] >= minor;
}
var SIGNATURE_DEFAULTS = [
  "ssh-ed25519-cert-v01@openssh.com",
  "ecdsa-sha2-nistp256-cert-v01@openssh.com",
  "ecdsa-sha2-nistp384-cert-v01@openssh.com",
  "ecdsa-sha2-nistp521-cert-v01@openssh.com",
  "sk-ssh-ed25519-cert-v01@openssh.com",
  "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
  "rsa-sha2-512-cert-v01@openssh.com",
  "rsa-sha2-256-cert-v01@openssh.com",
  "ssh-ed25519",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
  "rsa-sha2-512",
  "rsa-sha2-256"
];
var OPENSSH_CLIENT_DEFAULTS = {
  kexalgorithms: [
    "sntrup761x25519-sha512",
    "sntrup761x25519-sha512@openssh.com",
    "curve25519-sha256",
    "curve25519-sha256@libssh.org",
    "ecdh-sha2-nistp256",
    "ecdh-sha2-nistp384",
    "ecdh-sha2-nistp521",
    "diffie-hellman-group-exchange-sha256",
    "diffie-hellman-group16-sha512",
    "diffie-hellman-group18-sha512",
    "diffie-hellman-group14-sha256"
  ],
  hostkeyalgorithms: SIGNATURE_DEFAULTS,
  pubkeyacceptedalgorithms: SIGNATURE_DEFAULTS,
  ciphers: ["chacha20-poly1305@openssh.com", "aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-gcm@openssh.com", "aes256-gcm@openssh.com"],
  macs: [
    "umac-64-etm@openssh.com",
    "umac-128-etm@openssh.com",
    "hmac-sha2-256-etm@openssh.com",
    "hmac-sha2-512-etm@openssh.com",
    "hmac-sha1-etm@openssh.com",
    "umac-64@openssh.com",
    "umac-128@openssh.com",
    "hmac-sha2-256",
    "hmac-sha2-512",
    "hmac-sha1"
  ]
};

// src/core/data/ssh-software.ts
var DROPBEAR_CHANGES = "Dropbear CHANGES (github.com/mkj/dropbear, file CHANGES)";
var SSH_SOFTWARE = [
  {
    id: "dropbear",
    name: "Dropbear",
    role: "server",
    ident: /^dropbear(?:_([\d.]+))?/i,
    example: "dropbear_2019.78",
    facts: [
      {
        feature: "ecdsa",
        version: "2013.62",
        released: "2013-12-03",
        change: "ECDSA host keys and ECDH key exchange (first in the 2013.61test pre-release).",
        source: `${DROPBEAR_CHANGES}, 2013.61test and 2013.62: "ECC (elliptic curve) support. Supports ECDSA hostkeys"`
      },
      {
        feature: "ed25519",
        version: "2020.79",
        released: "2020-06-15",
        change: "Ed25519 host keys and authorized_keys.",
        source: `${DROPBEAR_CHANGES}, 2020.79: "Support ed25519 hostkeys and authorized_keys"`
      },
      {
        feature: "rsa-sha2",
        version: "2020.79",
        released: "2020-06-15",
        change: "rsa-sha2-256 signatures with the same RSA keys.",
        source: `${DROPBEAR_CHANGES}, 2020.79: "Support using rsa-sha2 signatures"`
      },
      {
        feature: "server-sig-algs",
        version: "2020.79",
        released: "2020-06-15",
        change: "The server sends SSH_MSG_EXT_INFO with server-sig-algs (RFC 8308).",
        source: 'mkj/dropbear commit 331d4a71 "Make server send SSH_MSG_EXT_INFO", first in tag DROPBEAR_2020.79'
      },
      {
        feature: "strict-kex",
        version: "2024.84",
        released: "2024-04-04",
        change: "Strict key exchange (CVE-2023-48795, Terrapin).",
        source: `${DROPBEAR_CHANGES}, 2024.84: "Add \\"Strict KEX\\" support"`
      },
      {
        feature: "sha1-signatures-off",
        version: "2025.87",
        released: "2025-03-05",
        change: "SHA-1 algorithms, ssh-rsa signatures among them, disabled by default.",
        source: `${DROPBEAR_CHANGES}, 2025.87: "Disable SHA-1 algorithms by default"`
      }
    ],
    upgrade: "Upgrade Dropbear (on routers and NAS boxes: the firmware that ships it)",
    configure: {
      text: "Dropbear has no configuration file for algorithms: they are chosen when it is built (localoptions.h), so a newer build or a new host key is the fix.",
      source: 'Dropbear src/default_options.h: "Local customisation should be added to localoptions.h"'
    }
  },
  {
    id: "libssh",
    name: "libssh",
    role: "server",
    ident: /^libssh[_-]([\d.]+)/,
    example: "libssh_0.9.6",
    facts: [
      {
        feature: "rsa-sha2",
        version: "0.8.3",
        released: "2018-09",
        change: "rsa-sha2-256/512 signatures.",
        source: 'libssh 0.8.3 changelog: "Added support for rsa-sha2" (quoted in openSUSE request 641739)'
      }
    ],
    upgrade: "Upgrade libssh (or the product that embeds it)"
  },
  {
    id: "windows-openssh",
    name: "OpenSSH for Windows",
    role: "server",
    ident: /^OpenSSH_for_Windows_([\d.]+)/,
    example: "OpenSSH_for_Windows_8.1",
    facts: [],
    upgrade: "Upgrade OpenSSH for Windows (Settings > Optional features, or the Win32-OpenSSH releases)",
    configure: {
      text: "On Windows, sshd reads %ProgramData%\\ssh\\sshd_config, and keys of administrators are read from %ProgramData%\\ssh\\administrators_authorized_keys, not ~/.ssh/authorized_keys; restart the service after a change:",
      lines: ["notepad $env:ProgramData\\ssh\\sshd_config", "Restart-Service sshd"],
      source: 'Microsoft Learn, "OpenSSH Server configuration for Windows" (learn.microsoft.com/windows-server/administration/openssh/openssh_server_configuration)'
    }
  },
  {
    id: "cisco",
    name: "Cisco IOS",
    role: "network device",
    ident: /^Cisco-([\d.]+)/,
    example: "Cisco-1.25",
    facts: [],
    upgrade: "Upgrade the IOS / IOS XE image",
    configure: {
      text: "On the device, in configuration mode, offer RSA host keys with SHA-2 (IOS XE releases that have the command):",
      lines: ["ip ssh server algorithm hostkey rsa-sha2-512 rsa-sha2-256"],
      source: 'Cisco Secure Shell Configuration Guide, IOS XE, "SSH Algorithms for Common Criteria Certification"'
    }
  },
  {
    id: "mikrotik",
    name: "MikroTik RouterOS",
    role: "network device",
    ident: /^ROSSSH/,
    example: "ROSSSH",
    facts: [
      {
        feature: "ed25519",
        version: "7.9",
        released: "2023-05",
        change: "Ed25519 host keys (user keys followed in later 7.x releases).",
        source: 'RouterOS 7.9 release notes, as reported at medo64.com "Mikrotik and ED25519 Keys"'
      }
    ],
    upgrade: "Upgrade RouterOS (System > Packages > Check For Updates)",
    configure: {
      text: "On the router, turn on its stronger algorithm set, and on RouterOS 7.9 or later an Ed25519 host key:",
      lines: ["/ip ssh set strong-crypto=yes", "/ip ssh set host-key-type=ed25519"],
      source: 'MikroTik RouterOS documentation, "SSH" (/ip ssh settings strong-crypto, host-key-type)'
    }
  },
  {
    id: "jsch",
    name: "JSch",
    role: "client library",
    ident: /^JSCH[-_]([\d.]+)/i,
    example: "JSCH-0.1.54",
    facts: [
      {
        feature: "rsa-sha2",
        version: "0.1.57",
        released: "2020",
        change: "rsa-sha2-256/512 in the maintained fork com.github.mwiede:jsch; the original com.jcraft:jsch (last release 0.1.55) never signs with them.",
        source: 'mwiede/jsch README, changes since the fork: "0.1.57 support for rsa-sha2-256 and rsa-sha2-512 (#1)"'
      }
    ],
    upgrade: "Replace com.jcraft:jsch with its maintained fork com.github.mwiede:jsch (same packages, a drop-in replacement)"
  },
  {
    id: "node-ssh2",
    name: "ssh2 (Node.js)",
    role: "client library",
    ident: /^ssh2js([\d.]+)/,
    example: "ssh2js1.4.0",
    facts: [
      {
        feature: "server-sig-algs",
        version: "1.12.0",
        released: "2023-04-29",
        change: "Reads server-sig-algs and signs RSA keys with rsa-sha2-512/256 when the server lists them.",
        source: 'mscdex/ssh2 commit 41fa3b6 "lib: add server-sig-algs support" (fixes issue 989), first in tag v1.12.0'
      }
    ],
    upgrade: "Upgrade the ssh2 npm package (and node-ssh, ssh2-sftp-client or whatever wraps it)"
  },
  {
    id: "libssh2",
    name: "libssh2",
    role: "client library",
    ident: /^libssh2_([\d.]+)/,
    example: "libssh2_1.10.0",
    facts: [
      {
        feature: "rsa-sha2",
        version: "1.11.0",
        released: "2023-05-30",
        change: 'RSA keys sign with rsa-sha2-256/512 ("RSA-SHA2 key upgrading") when the server lists them in server-sig-algs.',
        source: 'libssh2 1.11.0 release notes: "Adds RSA-SHA2 key upgrading to OpenSSL, WinCNG, mbedTLS, OS400 backends"'
      }
    ],
    upgrade: "Upgrade libssh2 (and the program linking it: git clients, PHP ssh2, curl)"
  },
  {
    id: "paramiko",
    name: "Paramiko",
    role: "client library",
    ident: /^paramiko_([\d.]+)/,
    example: "paramiko_2.8.1",
    facts: [
      {
        feature: "rsa-sha2",
        version: "2.9.0",
        released: "2021-12-23",
        change: "rsa-sha2-256/512 and server-sig-algs (RFC 8332, RFC 8308) for host keys and user authentication.",
        source: 'Paramiko changelog 2.9.0: "Add support for SHA-2 variants of RSA key verification algorithms (as described in RFC 8332)"'
      }
    ],
    upgrade: "Upgrade paramiko (pip install -U paramiko; Ansible, Fabric and others use it)"
  },
  {
    id: "ssh-net",
    name: "SSH.NET",
    role: "client library",
    ident: /^Renci\.SshNet\.SshClient\.([\d.]+)/,
    example: "Renci.SshNet.SshClient.2020.0.2",
    facts: [
      {
        feature: "rsa-sha2",
        version: "2023.0.0",
        released: "2023-10-10",
        change: "RSA-SHA256/512 signature algorithms.",
        source: 'SSH.NET 2023.0.0 release notes: "Support for RSA-SHA256/512 signature algorithms"'
      }
    ],
    upgrade: "Upgrade the SSH.NET NuGet package"
  },
  {
    id: "go-x-crypto",
    name: "Go x/crypto/ssh",
    role: "client library",
    ident: /^Go$/,
    example: "Go",
    facts: [
      {
        feature: "rsa-sha2",
        version: "2022-03",
        released: "2022-03",
        change: "The client signs RSA keys with rsa-sha2-256/512 when the server lists them in server-sig-algs.",
        source: "golang/go issue 49952 (x/crypto/ssh rsa-sha2 tracking issue): client side done in March 2022"
      }
    ],
    upgrade: "Upgrade golang.org/x/crypto (go get golang.org/x/crypto@latest) and rebuild the program"
  },
  {
    id: "putty",
    name: "PuTTY",
    role: "client",
    ident: /^PuTTY_Release_([\d.]+)/i,
    example: "PuTTY_Release_0.74",
    facts: [
      {
        feature: "rsa-sha2",
        version: "0.75",
        released: "2021-05-08",
        change: "rsa-sha2-256/512 for RSA keys in public-key authentication.",
        source: "PuTTY changes page, 0.75 (chiark.greenend.org.uk/~sgtatham/putty/changes.html)"
      }
    ],
    upgrade: "Upgrade PuTTY (and Pageant with it)"
  },
  {
    id: "winscp",
    name: "WinSCP",
    role: "client",
    ident: /^WinSCP_release_([\d.]+)/i,
    example: "WinSCP_release_5.17.10",
    facts: [],
    upgrade: "Upgrade WinSCP (its SSH code is PuTTY\u2019s, which signs with rsa-sha2 from PuTTY 0.75)"
  }
];
function identifySoftware(ident) {
  const text = ident.trim().replace(/^SSH-[\d.]+-/, "");
  for (const software2 of SSH_SOFTWARE) {
    const match = software2.ident.exec(text);
    if (match) return { software: software2, version: match[1] ?? null };
  }
  return null;
}
function compareVersions(a, b) {
  const left = a.split(/[.-]/).map((part) => Number.parseInt(part, 10));
  const right = b.split(/[.-]/).map((part) => Number.parseInt(part, 10));
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = Number.isNaN(left[index]) ? 0 : left[index] ?? 0;
    const y = Number.isNaN(right[index]) ? 0 : right[index] ?? 0;
    if (x !== y) return x - y;
  }
  return 0;
}
function softwareFact(software2, feature) {
  return software2.facts.find((fact) => fact.feature === feature);
}
var OPENSSH_FEATURE = {
  "rsa-sha2": "rsa-sha2-added",
  "server-sig-algs": "rsa-sha2-added",
  ed25519: "ed25519-added",
  ecdsa: "ecdsa-added",
  "strict-kex": "strict-kex-added",
  "sha1-signatures-off": "ssh-rsa-disabled"
};
function hasFeature(ident, feature) {
  const openssh = /^(?:SSH-[\d.]+-)?OpenSSH_\d/.test(ident.trim()) ? parseOpensshVersion(ident) : null;
  if (openssh) return includesChange(openssh, OPENSSH_FEATURE[feature]);
  const known = identifySoftware(ident);
  if (!known) return null;
  if (known.software.id === "windows-openssh") {
    const version2 = known.version ? parseOpensshVersion(`OpenSSH_${known.version}`) : null;
    return version2 ? includesChange(version2, OPENSSH_FEATURE[feature]) : null;
  }
  const fact = softwareFact(known.software, feature) ?? (feature === "server-sig-algs" ? softwareFact(known.software, "rsa-sha2") : void 0) ?? (feature === "rsa-sha2" ? softwareFact(known.software, "server-sig-algs") : void 0);
  if (!fact) return null;
  if (known.version === null) return null;
  return compareVersions(known.version, fact.version) >= 0;
}

// src/core/explain/context.ts
function keyFacts(input, now) {
  const inventory = inventoryBytes(input.bytes, { path: input.path, minRsaBits: 2048, now });
  const record = inventory.keys.find((key) => key.source === "private-key") ?? inventory.keys[0];
  const problems = [];
  const text = input.bytes.toString("latin1");
  if (!record) problems.push("it holds no SSH key the scanner recognises");
  else {
    if (record.source !== "private-key") problems.push("it is a public key, not a private key");
    if (record.type === "unknown" || record.source === "private-key" && record.fingerprint === null && !record.encrypted) {
      problems.push("its key block does not decode (truncated or damaged)");
    }
    if (record.format?.startsWith("putty")) problems.push(`it is a PuTTY key (${record.format}), which OpenSSH cannot read`);
    if (record.format === "ssh.com") problems.push("it is an SSH.com key, which OpenSSH cannot read as an IdentityFile");
  }
  if (text.includes("\r\n")) problems.push("it has Windows (CRLF) line endings");
  if (record?.source === "private-key" && input.bytes.length > 0 && input.bytes[input.bytes.length - 1] !== 10) {
    problems.push("it does not end with a newline");
  }
  return {
    path: input.path,
    type: record && record.type !== "unknown" ? record.type : null,
    bits: record?.bits ?? null,
    fingerprint: record?.fingerprint ?? null,
    isPrivate: record?.source === "private-key",
    format: record?.format ?? null,
    encrypted: record?.encrypted ?? null,
    problems
  };
}
var MAX_INCLUDE_DEPTH = 16;
function configFacts(config, host) {
  const globalWeakening = [];
  let hostBlock = null;
  const visit = (path, depth) => {
    const text = config.source.read(path);
    if (text === null || depth > MAX_INCLUDE_DEPTH) return;
    for (const directive of parseConfig(text).directives) {
      const value = directive.args.join(" ");
      if (directive.keyword === "include") {
        for (const pattern of directive.args) for (const file of config.source.include(path, pattern)) visit(file, depth + 1);
        continue;
      }
      if (directive.keyword === "host") {
        const patterns = directive.args.join(",");
        if (!hostBlock && !isGlobalBlock(directive.block) && matchHostList(host, patterns)) {
          hostBlock = { path, line: directive.line, keyword: directive.written, value };
        }
        continue;
      }
      const kind = ALGORITHM_OPTIONS[directive.keyword];
      if (!kind || !isGlobalBlock(directive.block)) continue;
      const weak = addedBy(directive.args[0] ?? "", knownAlgorithms(kind)).filter((name) => weaknessOf(kind, name) !== null);
      if (weak.length > 0) globalWeakening.push({ path, line: directive.line, keyword: directive.written, value, algorithms: weak });
    }
  };
  visit(config.path, 0);
  return { path: config.path, host, settings: effectiveSettings(config.path, host, config.source), globalWeakening, hostBlock };
}
function aliasFor(config, address) {
  const candidates = [];
  const visit = (path, depth) => {
    const text = config.source.read(path);
    if (text === null || depth > MAX_INCLUDE_DEPTH) return;
    for (const directive of parseConfig(text).directives) {
      if (directive.keyword === "include") {
        for (const pattern of directive.args) for (const file of config.source.include(path, pattern)) visit(file, depth + 1);
      } else if (directive.keyword === "host") {
        for (const pattern of directive.args) if (!/[*?!]/.test(pattern) && pattern !== address) candidates.push(pattern);
      }
    }
  };
  visit(config.path, 0);
  const wanted = address.toLowerCase();
  return candidates.find((candidate) => {
    const hostname = effectiveSettings(config.path, candidate, config.source).get("hostname")?.args[0];
    return hostname !== void 0 && hostname.toLowerCase() === wanted;
  }) ?? null;
}
function configuredList(facts, option, defaults) {
  const setting = facts.settings.get(option);
  if (!setting) return null;
  const kind = ALGORITHM_OPTIONS[option] ?? "signature";
  return { list: assembleList(setting.args[0] ?? "", defaults, knownAlgorithms(kind)), setting };
}

// src/core/explain/reasons.ts
var LIST = {
  kex: { kind: "kex", option: "kexalgorithms", keyword: "KexAlgorithms", label: "key exchange" },
  hostkey: { kind: "signature", option: "hostkeyalgorithms", keyword: "HostKeyAlgorithms", label: "host key algorithm" },
  cipher: { kind: "cipher", option: "ciphers", keyword: "Ciphers", label: "cipher" },
  mac: { kind: "mac", option: "macs", keyword: "MACs", label: "MAC" }
};
function list(names, limit = 6) {
  if (names.length === 0) return "(nothing)";
  const shown = names.slice(0, limit).join(", ");
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
function software(version2, fallback) {
  return version2 ? `${fallback} (${version2.text})` : fallback;
}
function atLeast(version2, change) {
  return version2?.openssh ? includesChange(version2.openssh, change) : null;
}
function supports(version2, feature) {
  return version2 ? hasFeature(version2.text, feature) : null;
}
function otherSoftware(version2) {
  return version2?.other ? SSH_SOFTWARE.find((entry) => entry.id === version2.other.id) ?? null : null;
}
function firstRelease(entry, feature) {
  const fact = softwareFact(entry, feature) ?? (feature === "server-sig-algs" ? softwareFact(entry, "rsa-sha2") : void 0);
  return fact ? `${entry.name} ${fact.version} (${fact.released}; source: ${fact.source})` : null;
}
var FEATURE_WORDS = {
  "rsa-sha2": "rsa-sha2 signatures",
  "server-sig-algs": "server-sig-algs",
  ed25519: "Ed25519",
  ecdsa: "ECDSA",
  "strict-kex": "strict key exchange",
  "sha1-signatures-off": "SHA-1 signatures off"
};
function releasesBringing(entry, features) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const feature of features) {
    const fact = softwareFact(entry, feature);
    if (!fact) continue;
    const group = byVersion.get(fact.version) ?? { released: fact.released, features: [], sources: [] };
    group.features.push(FEATURE_WORDS[feature]);
    group.sources.push(fact.source);
    byVersion.set(fact.version, group);
  }
  if (byVersion.size === 0) return null;
  return [...byVersion].map(
    ([version2, group]) => `${entry.name} ${version2} (${group.released}) brings ${group.features.join(" and ")} (source${group.sources.length > 1 ? "s" : ""}: ${group.sources.join("; ")})`
  ).join("; ");
}
function algorithmFact(kind, name) {
  const weakness = weaknessOf(kind, name);
  const history = ALGORITHM_HISTORY[name];
  const parts = [];
  if (weakness) parts.push(weakness.reason);
  if (!weakness?.reason.includes("OpenSSH")) {
    if (history?.disabled) parts.push(`disabled by default since ${describeChange(history.disabled)}`);
    if (history?.removed) parts.push(`removed in ${describeChange(history.removed)}`);
  }
  if (parts.length === 0)
    parts.push(knownAlgorithms(kind).includes(name) ? "not in the default list of current OpenSSH" : "not an algorithm OpenSSH implements");
  return `${name}: ${parts.join("; ")}`;
}
function hostLines(resolved, lines2) {
  return [`Host ${resolved.block?.patterns ?? resolved.host}`, ...lines2.map((line) => `    ${line}`)];
}
function workaroundPlace(resolved) {
  const block = resolved.block;
  if (block)
    return `in the existing "Host ${block.patterns}" block of your ssh_config (${block.path}:${block.line}): add the indented line there`;
  return 'in ~/.ssh/config, before any "Host *" block';
}
var Builder = class {
  constructor(transcript, resolved, entry) {
    this.transcript = transcript;
    this.resolved = resolved;
    this.entry = entry;
  }
  transcript;
  resolved;
  entry;
  explanations = /* @__PURE__ */ new Map();
  stageOf(id) {
    return this.entry(id).stage;
  }
  add(id, happened, why, fixes, evidence, notes = []) {
    const existing = this.explanations.get(id);
    if (existing) {
      existing.evidence.push(...evidence);
      return existing;
    }
    const explanation = { id, title: this.entry(id).title, happened, why, fixes, notes, evidence: [...evidence] };
    this.explanations.set(id, explanation);
    return explanation;
  }
  get client() {
    return this.transcript.clientVersion;
  }
  get server() {
    return this.transcript.serverVersion;
  }
  events(kind) {
    return this.transcript.events.filter((event) => event.kind === kind);
  }
};
function defaultsFor(kind) {
  return OPENSSH_CLIENT_DEFAULTS[LIST[kind].option];
}
function workaroundImpossible(client, algorithm) {
  if (!algorithm.startsWith("ssh-dss") || !client?.openssh) return null;
  const version2 = client.openssh;
  if (includesChange(version2, "dsa-removed"))
    return `No client-side workaround: DSA was removed in ${describeChange("dsa-removed")}, and this client is ${client.text}.`;
  if (includesChange(version2, "dsa-not-built")) {
    return `No client-side workaround with this build: DSA is not compiled in by default since ${describeChange("dsa-not-built")}, and this client is ${client.text}.`;
  }
  return null;
}
function configNotesFor(builder, option, list2) {
  const config = builder.resolved.config;
  if (!config) return [];
  const notes = [];
  const defaults = list2 === "pubkey" ? OPENSSH_CLIENT_DEFAULTS.pubkeyacceptedalgorithms : defaultsFor(list2);
  const configured = configuredList(config, option, defaults);
  if (configured) {
    const { setting } = configured;
    const keyword = list2 === "pubkey" ? "PubkeyAcceptedAlgorithms" : LIST[list2].keyword;
    notes.push(
      `${setting.path}:${setting.line} sets ${keyword} ${setting.args.join(" ")} for ${config.host}, so the client offers: ${list_(configured.list)}.`
    );
  }
  for (const line of config.globalWeakening) {
    if (line.keyword.toLowerCase() !== option && !(option === "pubkeyacceptedalgorithms" && line.keyword.toLowerCase() === "pubkeyacceptedkeytypes"))
      continue;
    notes.push(
      `${line.path}:${line.line} (${line.keyword} ${line.value}) enables ${line.algorithms.join(", ")} for every host, not just ${config.host}: move it under "Host ${config.host}".`
    );
  }
  return notes;
}
function list_(names) {
  return list(names, 8);
}
function keyNotes(builder, authentication) {
  if (builder.resolved.keys.length === 0) return;
  const logged = builder.transcript.events.flatMap((event) => "key" in event && event.key ? [event.key] : []);
  const notes = [];
  for (const key of builder.resolved.keys) {
    const seen = key.fingerprint ? logged.find((entry) => entry.fingerprint === key.fingerprint) : void 0;
    let note = `${key.path}: ${describeKey(key)}`;
    if (seen) note += `; the log shows it at ${seen.ref.input}:${seen.ref.line}`;
    else if (key.fingerprint && logged.some((entry) => entry.fingerprint)) note += "; the log does not show this key being offered";
    if (key.type === "ssh-rsa" && builder.explanations.has("no-mutual-signature-algorithm"))
      note += ". It is RSA, the key type this failure affects; an Ed25519 key does not have it";
    if (key.type === "ssh-rsa" && builder.explanations.has("server-rejects-signature-algorithm") && builder.events("server-rejected-algorithm").some((event) => event.algorithm.startsWith("rsa-sha2")))
      note += ". It is RSA: the server accepts it only with ssh-rsa (SHA-1) signatures";
    if (key.type === "ssh-dss") note += `. DSA keys stopped working by default in ${describeChange("dsa-disabled")}`;
    notes.push(note + ".");
  }
  for (const explanation of builder.explanations.values()) {
    if (authentication.has(explanation.id)) {
      for (const note of notes)
        if (!explanation.notes.some((existing) => existing.startsWith(note.split(":")[0]))) explanation.notes.push(note);
    }
  }
}
function describeKey(key) {
  if (!key.type) return key.problems.join("; ") || "not a key";
  const parts = [`${key.isPrivate ? "private" : "public"} ${key.type}`];
  if (key.bits) parts.push(`${key.bits} bits`);
  if (key.fingerprint) parts.push(key.fingerprint);
  return parts.join(", ") + (key.problems.length > 0 ? ` (${key.problems.join("; ")})` : "");
}
function describeLogged(key) {
  return [key.name, key.kind, key.fingerprint].filter(Boolean).join(" ");
}
function keyFor(builder, name) {
  const keys = builder.resolved.keys;
  const base = (path) => path.split(/[\\/]/).pop();
  return keys.find((key) => key.path === name) ?? keys.find((key) => base(key.path) === base(name)) ?? (keys.length === 1 ? keys[0] : void 0);
}
function newKeyFix(builder, server) {
  const user = builder.transcript.user;
  const target = `${user ? `${user}@` : ""}${builder.resolved.host}`;
  if (server && supports(server, "ed25519") === false && supports(server, "ecdsa") !== false) {
    const other = otherSoftware(server);
    const since = other ? firstRelease(other, "ed25519") : describeChange("ed25519-added");
    return {
      kind: "new-key",
      text: `Make an ECDSA key (the server, ${server.text}, predates Ed25519, which came with ${since}) and install its public half:`,
      lines: ["ssh-keygen -t ecdsa -b 256 -f ~/.ssh/id_ecdsa", `ssh-copy-id -i ~/.ssh/id_ecdsa.pub ${target}`]
    };
  }
  return {
    kind: "new-key",
    text: "Make an Ed25519 key and install its public half where the old key was authorised (or add it to the forge account):",
    lines: ["ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519", `ssh-copy-id -i ~/.ssh/id_ed25519.pub ${target}`]
  };
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function shellQuote(text) {
  return /^[\w@%+=:,./~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// src/core/explain/failures/agent-and-server.ts
function explainAgentAndServer(builder) {
  for (const event of builder.events("agent-refused")) {
    builder.add(
      "agent-refused-operation",
      `The server accepted the ${event.keyKind} key "${event.name}", but the agent holding it refused to sign.`,
      [agentAndServer.entries[0].cause],
      [
        {
          kind: "action",
          text: "Re-add the key without confirmation, or make the confirmation dialog possible (SSH_ASKPASS and a display), or touch the security key:",
          lines: ["ssh-add -D", "ssh-add ~/.ssh/id_ed25519"]
        },
        {
          kind: "workaround",
          text: `Or bypass the agent for this host (${workaroundPlace(builder.resolved)}):`,
          lines: hostLines(builder.resolved, ["IdentityAgent none", "IdentityFile ~/.ssh/id_ed25519"])
        }
      ],
      [event.ref]
    );
  }
  for (const event of builder.events("server-strict-modes")) {
    builder.add(
      "server-strict-modes",
      `sshd ignored the user's authorized_keys: ${event.detail}.`,
      [agentAndServer.entries[1].cause],
      [
        {
          kind: "action",
          text: "On the server, as that user:",
          lines: ["chmod go-w ~ && chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys"]
        }
      ],
      [event.ref]
    );
  }
}
var agentAndServer = {
  entries: [
    {
      id: "agent-refused-operation",
      stage: "authentication",
      title: "The agent refused to sign",
      symptoms: [
        { text: 'sign_and_send_pubkey: signing failed for ED25519 "me@laptop" from agent: agent refused operation', seenIn: "client" }
      ],
      cause: "The server accepted the key but the agent holding it would not sign: a key added with `ssh-add -c` whose confirmation could not be shown (no SSH_ASKPASS, no display), a security key that was not touched, or an agent that cannot make the signature asked for.",
      fixes: [
        "Re-add the key without confirmation (`ssh-add -D`, then `ssh-add KEY`), or make the confirmation possible (set SSH_ASKPASS and a display, touch the security key).",
        "Bypass the agent for this host: `IdentityAgent none` with `IdentityFile KEY`."
      ],
      changes: []
    },
    {
      id: "server-strict-modes",
      stage: "authentication",
      title: "The server refuses the user's key files because of their permissions",
      symptoms: [{ text: "Authentication refused: bad ownership or modes for directory /home/me/.ssh", seenIn: "server" }],
      cause: "With StrictModes yes (the default), sshd ignores authorized_keys when the file, ~/.ssh or the home directory can be written by others.",
      fixes: ["On the server: `chmod go-w ~ && chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys`, owned by the user."],
      changes: []
    }
  ],
  matchers: [
    {
      pattern: /^sign_and_send_pubkey: signing failed for ([^\s]+) "(.*)" from agent: agent refused operation/,
      read: (match, line) => line.push({ kind: "agent-refused", keyKind: match[1], name: match[2], ref: line.ref })
    },
    {
      pattern: /^Authentication refused: (bad ownership or modes .*)$/,
      read: (match, line) => line.push({ kind: "server-strict-modes", detail: match[1], ref: line.ref })
    }
  ],
  explain: explainAgentAndServer
};

// src/core/explain/failures/host-keys.ts
function startChanged(line) {
  line.state.changed = {
    kind: "host-key-changed",
    keyKind: null,
    fingerprint: null,
    knownHosts: null,
    knownHostsLine: null,
    removeCommand: null,
    ref: line.ref
  };
  line.push(line.state.changed);
}
function readChangedBanner(body, line) {
  const changed = line.state.changed;
  if (!changed) return false;
  let match = /^The fingerprint for the ([^\s]+) key sent by the remote host is$/.exec(body);
  if (match) {
    changed.keyKind = match[1];
    return true;
  }
  match = /^(SHA256:[A-Za-z0-9+/=]+)\.?$/.exec(body);
  if (match && !changed.fingerprint) {
    changed.fingerprint = match[1];
    return true;
  }
  match = /^Offending [^\s]+ key in (.+):(\d+)$/.exec(body);
  if (match) {
    changed.knownHosts = match[1];
    changed.knownHostsLine = Number(match[2]);
    return true;
  }
  const command = body.trimStart();
  if (command.startsWith("ssh-keygen -f ") && command.includes(" -R ")) {
    changed.removeCommand = command;
    return true;
  }
  return false;
}
function explainHostKeys(builder) {
  const { transcript } = builder;
  for (const event of builder.events("host-key-changed")) {
    const fixes = [];
    const fingerprint = event.fingerprint ?? transcript.serverHostKey?.fingerprint ?? null;
    fixes.push({
      kind: "action",
      text: `Check the new fingerprint${fingerprint ? ` ${fingerprint}` : ""} with the server's administrator or the provider's published fingerprints before trusting it; a rotated or reinstalled server explains it, an unexplained change may be an attack.`
    });
    if (event.removeCommand)
      fixes.push({
        kind: "action",
        text: "Then remove the stale entry, as ssh suggests, and connect again:",
        lines: [event.removeCommand]
      });
    fixes.push({ kind: "action", text: "Never set StrictHostKeyChecking no or UserKnownHostsFile /dev/null to get past this." });
    const where = event.knownHosts ? `${event.knownHosts} line ${event.knownHostsLine}` : "known_hosts";
    builder.add(
      "host-key-changed",
      `The server presented ${event.keyKind ? `${event.keyKind.startsWith("DSA") ? "a" : "an"} ${event.keyKind} host key` : "a host key"}${fingerprint ? ` (${fingerprint})` : ""} that differs from the one ${where} holds for it, and ssh refused to connect.`,
      [
        "ssh pins each host key on first use (known_hosts); a different key means the server was reinstalled or re-keyed, or something is between you and it."
      ],
      fixes,
      [event.ref]
    );
  }
  if (builder.explanations.has("host-key-changed")) return;
  for (const event of builder.events("host-key-verification-failed")) {
    const key = transcript.serverHostKey;
    builder.add(
      "host-key-unknown",
      `ssh had no known_hosts entry for the server${key ? ` (it presented ${key.type} ${key.fingerprint})` : ""} and could not ask (BatchMode, no terminal or StrictHostKeyChecking yes), so it refused.`,
      [
        "ssh checks the host key against known_hosts before it authenticates, so that nobody in between can pose as the server; with no entry and nobody to ask, it must refuse."
      ],
      [
        {
          kind: "action",
          text: `Add the host key to the known_hosts file this job uses, after comparing ${key ? key.fingerprint : "its fingerprint"} with the one the provider or administrator publishes:`,
          lines: [`ssh-keyscan -t ed25519 ${builder.resolved.host} >> ~/.ssh/known_hosts`]
        },
        {
          kind: "action",
          text: "In CI, commit that known_hosts file and point UserKnownHostsFile at it; do not turn host key checking off."
        }
      ],
      [event.ref]
    );
  }
}
var hostKeys = {
  entries: [
    {
      id: "host-key-changed",
      stage: "host-key",
      title: "The server presented a different host key",
      symptoms: [
        { text: "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @", seenIn: "client" },
        { text: "Host key for HOST has changed and you have requested strict checking.", seenIn: "client" }
      ],
      cause: "known_hosts holds a different key for this host. Either the server was reinstalled or its keys were rotated (forges have rotated theirs), or someone is in the middle. ssh refuses, rightly, until the old entry is replaced.",
      fixes: [
        "Check the new fingerprint out of band (the administrator, or the provider's published fingerprints), then remove the old entry with the `ssh-keygen -R` line ssh printed and connect again.",
        "Never turn StrictHostKeyChecking off or point UserKnownHostsFile at /dev/null to get past it."
      ],
      changes: []
    },
    {
      id: "host-key-unknown",
      stage: "host-key",
      title: "Host key verification failed",
      symptoms: [{ text: "Host key verification failed.", seenIn: "client" }],
      cause: "The host is not in known_hosts and ssh could not ask (BatchMode, no terminal, StrictHostKeyChecking yes), so it refused: the usual first failure in CI.",
      fixes: [
        "Add the host's key to the known_hosts file the job uses, from a trusted source: `ssh-keyscan -t ed25519 HOST` compared with the provider's published fingerprint, committed to the repository.",
        "`StrictHostKeyChecking accept-new` trusts the first key seen: acceptable on a machine that persists known_hosts, not a fix for CI."
      ],
      changes: []
    }
  ],
  matchers: [
    { pattern: /WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED/, read: (_match, line) => startChanged(line) },
    // sshconnect.c prints this after the banner; alone (a log cut short, a pasted line) it still says what failed.
    {
      pattern: /^Host key for [^\s]+ has changed and you have requested strict checking\.$/,
      read: (_match, line) => {
        if (!line.state.changed) startChanged(line);
      }
    },
    { pattern: /^(?=.)/, read: (match, line) => readChangedBanner(match.input, line) },
    {
      pattern: /^Host key verification failed\.?$/,
      read: (_match, line) => {
        if (!line.state.changed) line.push({ kind: "host-key-verification-failed", ref: line.ref });
      }
    }
  ],
  explain: explainHostKeys
};

// src/core/explain/log-line.ts
function isSignalName(name) {
  return /^(?:ext-info-[cs]|kex-strict-[cs](?:-v00@openssh\.com)?)$/.test(name);
}
function splitList(text) {
  return text.split(",").map((name) => name.trim()).filter((name) => name !== "" && !isSignalName(name));
}
var KEY_KINDS = /^(?:RSA|DSA|ECDSA|ED25519|ECDSA-SK|ED25519-SK|XMSS)(?:-CERT)?$/;
var KEY_FLAGS = /^(?:explicit|agent|token)$/;
function parseKeyDescription(text, ref) {
  const tokens = text.trim().split(/\s+/);
  const fpIndex = tokens.findIndex((token) => /^(?:SHA256|MD5):/.test(token));
  if (fpIndex > 0 && KEY_KINDS.test(tokens[fpIndex - 1])) {
    const before = tokens.slice(0, fpIndex - 1);
    const after = tokens.slice(fpIndex + 1).filter((token) => !KEY_FLAGS.test(token));
    const name2 = (before.length > 0 ? before : after).join(" ");
    return { name: name2, kind: tokens[fpIndex - 1], fingerprint: tokens[fpIndex], ref };
  }
  const name = tokens.filter((token) => !KEY_FLAGS.test(token)).join(" ");
  return { name, kind: null, fingerprint: null, ref };
}

// src/core/explain/failures/key-files.ts
var TOO_SMALL = /key length|too small/i;
function explainKeyFiles(builder) {
  for (const event of builder.events("key-permissions")) {
    builder.add(
      "unprotected-private-key",
      `ssh ignored the private key ${event.name}: its permissions are ${event.mode}, readable by others.`,
      [keyFiles.entries[0].cause],
      [{ kind: "action", text: "Make it readable by you alone:", lines: [`chmod 600 ${shellQuote(event.name)}`] }],
      [event.ref]
    );
  }
  for (const event of builder.events("key-load-failed")) {
    const facts = keyFor(builder, event.name);
    const notes = [];
    const fixes = [];
    if (facts) {
      notes.push(`${facts.path}: ${facts.problems.length > 0 ? facts.problems.join("; ") : describeKey(facts)}.`);
      if (facts.problems.some((problem) => problem.includes("CRLF") || problem.includes("newline"))) {
        fixes.push({
          kind: "action",
          text: "Rewrite the file with Unix line endings and a final newline (CI secrets pasted from Windows often lose both):",
          lines: [
            `tr -d '\\r' < ${shellQuote(event.name)} > key.tmp && echo >> key.tmp && mv key.tmp ${shellQuote(event.name)} && chmod 600 ${shellQuote(event.name)}`
          ]
        });
      }
      if (facts.format?.startsWith("putty")) {
        fixes.push({
          kind: "action",
          text: "Convert the PuTTY key to OpenSSH format:",
          lines: [`puttygen ${shellQuote(event.name)} -O private-openssh -o ${shellQuote(event.name + ".openssh")}`]
        });
      }
      if (!facts.isPrivate && facts.type) {
        fixes.push({ kind: "action", text: "Point IdentityFile (or -i) at the private key, the file without .pub." });
      }
    }
    if (fixes.length === 0) {
      fixes.push({
        kind: "action",
        text: "Find out what the file is; a private key prints its fingerprint:",
        lines: [`ssh-keygen -l -f ${shellQuote(event.name)}`]
      });
      fixes.push({
        kind: "action",
        text: "Common causes: a public key or PuTTY .ppk given as IdentityFile, Windows line endings, a missing final newline, a truncated copy; convert or re-copy the key."
      });
    }
    fixes.push({
      kind: "new-key",
      text: "If the key cannot be repaired, make a new one and install its public half:",
      lines: ["ssh-keygen -t ed25519"]
    });
    builder.add(
      "key-load-failed",
      `ssh could not load the private key ${event.name} ("${event.reason}"), so it was never offered.`,
      [keyFiles.entries[1].cause],
      fixes,
      [event.ref],
      notes
    );
  }
}
function explainSkippedKeys(builder) {
  const skipped = builder.events("key-skipped-algorithm");
  const dsa = skipped.filter((event) => event.type.startsWith("ssh-dss"));
  if (dsa.length > 0) {
    const fixes = [newKeyFix(builder, null)];
    const notes = [];
    const impossible = workaroundImpossible(builder.client, "ssh-dss");
    if (impossible) notes.push(impossible);
    else {
      fixes.push({
        kind: "workaround",
        text: `For this host only (${workaroundPlace(builder.resolved)}), and only while the server still accepts DSA:`,
        lines: hostLines(builder.resolved, ["PubkeyAcceptedAlgorithms +ssh-dss"])
      });
    }
    builder.add(
      "dsa-key-skipped",
      `The client skipped the DSA key${dsa.length > 1 ? "s" : ""} ${dsa.map((event) => event.name).join(", ")} without offering ${dsa.length > 1 ? "them" : "it"}.`,
      [
        `DSA keys sign only with ssh-dss (1024-bit DSA with SHA-1): ${describeChange("dsa-disabled")} disabled it by default, ${describeChange("dsa-not-built")} stopped building it and ${describeChange("dsa-removed")} removed it.`,
        ...builder.client ? [`This client is ${builder.client.text}.`] : []
      ],
      fixes,
      dsa.map((event) => event.ref),
      [...notes, ...configNotesFor(builder, "pubkeyacceptedalgorithms", "pubkey")]
    );
  }
  const others = skipped.filter((event) => !event.type.startsWith("ssh-dss"));
  if (others.length > 0) {
    builder.add(
      "key-type-skipped",
      `The client skipped ${others.map((event) => `${event.name} (${event.type})`).join(", ")}: its ${others[0].option} allows no signature algorithm for that key type.`,
      [keyFiles.entries[3].cause],
      [
        newKeyFix(builder, null),
        { kind: "fix-config", text: `Or remove or widen the ${others[0].option} line in the client configuration.` }
      ],
      others.map((event) => event.ref),
      configNotesFor(builder, "pubkeyacceptedalgorithms", "pubkey")
    );
  }
  const small = [
    ...builder.events("key-skipped").filter((event) => TOO_SMALL.test(event.reason)),
    ...builder.events("server-rsa-too-small")
  ];
  if (small.length > 0) {
    const notes = [];
    const rsaKeys = builder.resolved.keys.filter((key) => key.type === "ssh-rsa" || key.type?.startsWith("ssh-rsa-cert"));
    for (const key of rsaKeys) notes.push(`${key.path} is a ${key.bits ?? "?"}-bit RSA key.`);
    const required = builder.resolved.config?.settings.get("requiredrsasize");
    if (required) notes.push(`${required.path}:${required.line} sets RequiredRSASize ${required.args[0]} for ${builder.resolved.host}.`);
    const sides = [
      ...builder.events("key-skipped").some((event) => TOO_SMALL.test(event.reason)) ? ["the client"] : [],
      ...builder.events("server-rsa-too-small").length > 0 ? ["the server"] : []
    ];
    builder.add(
      "rsa-key-too-small",
      `${capitalise(sides.join(" and "))} refused the RSA key as too short ("Invalid key length").`,
      [
        `OpenSSH refuses RSA keys below 1024 bits since ${describeChange("rsa-minimum-1024")}, and since ${describeChange("required-rsa-size")} below RequiredRSASize on either side (default 1024; crypto policies such as RHEL 9 raise it to 2048).`
      ],
      [
        newKeyFix(builder, null),
        { kind: "new-key", text: "Where RSA is required, make it at least 3072 bits:", lines: ["ssh-keygen -t rsa -b 3072"] },
        {
          kind: "action",
          text: "There is no workaround: RequiredRSASize can only be raised from its default, and keys below 1024 bits are refused regardless."
        }
      ],
      small.map((event) => event.ref),
      notes
    );
  }
}
var keyFiles = {
  entries: [
    {
      id: "unprotected-private-key",
      stage: "authentication",
      title: "Private key file readable by others",
      symptoms: [{ text: "Permissions 0644 for '/home/me/.ssh/id_ed25519' are too open.", seenIn: "client" }],
      cause: "ssh ignores a private key that group or others can read (authfile.c), so the key is never offered. It prints this line under a `WARNING: UNPROTECTED PRIVATE KEY FILE!` banner; the line names the file and its mode.",
      fixes: ["`chmod 600 FILE` (on Windows: remove inheritance and every other user from the file with icacls or the Security tab)."],
      changes: []
    },
    {
      id: "key-load-failed",
      stage: "authentication",
      title: "The private key file could not be loaded",
      symptoms: [
        { text: 'Load key "/home/me/.ssh/id_rsa": invalid format', seenIn: "client" },
        { text: 'Load key "/home/me/.ssh/id_rsa": error in libcrypto', seenIn: "client" }
      ],
      cause: 'The file is not a private key ssh can read: a public key or a PuTTY .ppk given as IdentityFile, a key pasted with Windows line endings or without its final newline (common with CI secrets), a truncated copy, or a format this build does not support. OpenSSH built with OpenSSL 3 reports most of these as "error in libcrypto".',
      fixes: [
        'Check what the file is with `ssh-keygen -l -f FILE`; convert PuTTY keys with `puttygen FILE -O private-openssh -o NEWFILE`; strip carriage returns (`tr -d "\\r"`) and make sure the file ends with a newline.',
        "If it cannot be repaired, make a new Ed25519 key and install its public half."
      ],
      changes: []
    },
    {
      id: "dsa-key-skipped",
      stage: "authentication",
      title: "DSA key skipped",
      symptoms: [
        {
          text: "debug1: Skipping ssh-dss key /home/me/.ssh/id_dsa - corresponding algo not in PubkeyAcceptedAlgorithms",
          seenIn: "client"
        }
      ],
      cause: "OpenSSH 7.0 disabled ssh-dss by default, 9.8 stopped building it and 10.0 removed it: the client never offers a DSA key.",
      fixes: [
        "Make an Ed25519 key (`ssh-keygen -t ed25519`) and install its public half where the DSA key was authorised.",
        "Last resort, with a client older than 9.8 and a server that still accepts DSA: `Host HOST` + `PubkeyAcceptedAlgorithms +ssh-dss`."
      ],
      changes: ["dsa-disabled", "dsa-not-built", "dsa-removed"]
    },
    {
      id: "key-type-skipped",
      stage: "authentication",
      title: "Key skipped by the client configuration",
      symptoms: [{ text: "debug1: Skipping ssh-rsa key KEY - corresponding algo not in PubkeyAcceptedAlgorithms", seenIn: "client" }],
      cause: "The client's PubkeyAcceptedAlgorithms allows no signature algorithm for this key type, so the key is never offered.",
      fixes: ["Use a key of a type the configuration allows (Ed25519), or fix the PubkeyAcceptedAlgorithms line that excludes it."],
      changes: ["accepted-algorithms-renamed"]
    },
    {
      id: "rsa-key-too-small",
      stage: "authentication",
      title: "RSA key below the required size",
      symptoms: [
        { text: "debug1: load_identity_file: Skipping key /home/me/.ssh/id_rsa: Invalid key length", seenIn: "client" },
        { text: "refusing RSA key: Invalid key length [preauth]", seenIn: "server" }
      ],
      cause: "OpenSSH refuses RSA keys below 1024 bits since 7.6, and since 9.1 below RequiredRSASize (default 1024; system crypto policies such as RHEL 9 set 2048) on either side.",
      fixes: [
        "Make an Ed25519 key (`ssh-keygen -t ed25519`), or an RSA key of at least 3072 bits, and install its public half.",
        "There is no workaround below 1024 bits; RequiredRSASize can only be raised from its default."
      ],
      changes: ["rsa-minimum-1024", "required-rsa-size"]
    }
  ],
  matchers: [
    {
      pattern: /^Will attempt key: (.*)$/,
      read: (match, line) => line.push({ kind: "key-will-attempt", key: parseKeyDescription(match[1], line.ref) })
    },
    {
      pattern: /^Offering (?:[^\s]+ )?public key: (.*)$/,
      read: (match, line) => {
        line.state.lastKey = parseKeyDescription(match[1], line.ref);
        line.push({ kind: "key-offered", key: line.state.lastKey });
      }
    },
    {
      pattern: /^Server accepts key: (.*)$/,
      read: (match, line) => line.push({ kind: "key-accepted", key: parseKeyDescription(match[1], line.ref) })
    },
    {
      pattern: /^Trying private key: (.*)$/,
      read: (match, line) => {
        line.state.lastKey = parseKeyDescription(match[1], line.ref);
        line.push({ kind: "key-trying-private", key: line.state.lastKey });
      }
    },
    // 9.x: "Skipping ssh-dss key NAME - corresponding algo not in PubkeyAcceptedAlgorithms";
    // 8.x: "... corresponding algorithm not in ..."; 7.x: "Skipping ssh-dss key NAME for not in PubkeyAcceptedKeyTypes".
    {
      pattern: /^Skipping ([^\s]+) key (.+?) (?:- corresponding algo(?:rithm)?|for) not in (PubkeyAccepted\w+)/,
      read: (match, line) => line.push({ kind: "key-skipped-algorithm", type: match[1], name: match[2], option: match[3], ref: line.ref })
    },
    // The name and the reason are split in code, at the first ": ": two adjacent .+ would be quadratic.
    {
      pattern: /^(?:load_identity_file: )?Skipping key (.*)$/,
      read: (match, line) => {
        const split = match[1].indexOf(": ");
        if (split <= 0) return false;
        line.push({ kind: "key-skipped", name: match[1].slice(0, split), reason: match[1].slice(split + 2), ref: line.ref });
      }
    },
    // ssh says `Load key`, ssh-add `Error loading key`; the name is quoted, the reason follows the last `": `.
    {
      pattern: /^(?:Load key|Error loading key) "(.*)$/,
      read: (match, line) => {
        const split = match[1].lastIndexOf('": ');
        if (split < 0) return false;
        const reason = match[1].slice(split + 3);
        if (reason !== "bad permissions") line.push({ kind: "key-load-failed", name: match[1].slice(0, split), reason, ref: line.ref });
      }
    },
    {
      pattern: /^Permissions (0?\d{3,4}) for '(.*)' are too open\.$/,
      read: (match, line) => line.push({ kind: "key-permissions", name: match[2], mode: match[1], ref: line.ref })
    },
    {
      pattern: /^(?:refusing RSA key: Invalid key length|(?:userauth_pubkey: )?RSA key [^\n]*(?:too small|key length))/i,
      read: (_match, line) => line.push({ kind: "server-rsa-too-small", ref: line.ref })
    }
  ],
  explain(builder) {
    explainKeyFiles(builder);
    explainSkippedKeys(builder);
  }
};

// src/core/explain/failures/negotiation.ts
var NEGOTIATION = {
  "key exchange method": "kex",
  "host key type": "hostkey",
  cipher: "cipher",
  MAC: "mac"
};
var NEGOTIATION_ID = {
  kex: "no-matching-kex",
  hostkey: "no-matching-host-key-type",
  cipher: "no-matching-cipher",
  mac: "no-matching-mac"
};
var ALTERNATIVES = {
  kex: [
    { name: "curve25519-sha256@libssh.org", change: "ed25519-added" },
    { name: "ecdh-sha2-nistp256", change: "ecdsa-added" }
  ],
  hostkey: [
    { name: "ssh-ed25519", change: "ed25519-added" },
    { name: "rsa-sha2-512", change: "rsa-sha2-added" }
  ],
  cipher: [
    { name: "chacha20-poly1305@openssh.com", change: "ed25519-added" },
    { name: "aes128-ctr", change: null }
  ],
  mac: [
    { name: "hmac-sha2-256-etm@openssh.com", change: null },
    { name: "hmac-sha2-256", change: null }
  ]
};
function explainNegotiation(builder) {
  const { transcript, resolved } = builder;
  const failures = builder.events("negotiation-failed");
  for (const event of failures) {
    const spec = LIST[event.list];
    const id = NEGOTIATION_ID[event.list];
    if (builder.explanations.has(id)) continue;
    const clientView = failures.find((other) => other.list === event.list && other.side === "client") ?? event;
    const others = failures.filter((other) => other !== clientView && other.list === event.list).map((other) => other.ref);
    const offer = clientView.offer;
    const facts = offer.map((name) => algorithmFact(spec.kind, name));
    const why = [];
    const fixes = [];
    const notes = [];
    const alternatives = ALTERNATIVES[event.list];
    if (clientView.side === "client") {
      const ours = transcript.proposals.client[event.list];
      const serverSays = software(builder.server, "The server");
      why.push(`${serverSays} offered only: ${facts.join(". ")}.`);
      why.push(
        ours ? `Your client offered: ${list(ours.filter((name) => !name.includes("-cert-")))}; none of the server's.` : `Current OpenSSH clients offer none of these by default (${list(defaultsFor(event.list))}).`
      );
      const modern = alternatives.find((alternative) => alternative.change && atLeast(builder.server, alternative.change));
      if (modern) {
        why.push(
          `The server's software is new enough for ${modern.name} (since ${describeChange(modern.change)}), so its configuration restricts it: ${event.list === "hostkey" ? "no modern HostKey is configured, or HostKeyAlgorithms" : spec.keyword} in sshd_config.`
        );
      }
      const peerFixes = peerServerFixes(builder, event.list);
      if (peerFixes) fixes.push(...peerFixes);
      else if (event.list === "hostkey") {
        fixes.push({
          kind: modern ? "fix-config" : "upgrade",
          text: offer.some((name) => name.startsWith("ssh-rsa")) ? "Give the server an Ed25519 host key, or let its RSA host key sign with rsa-sha2-512/256 (OpenSSH 7.2 or later; remove a HostKeyAlgorithms line that allows only ssh-rsa):" : "Give the server an Ed25519 host key (OpenSSH 6.5 or later), in place of or beside its DSA key:",
          lines: [
            "ssh-keygen -t ed25519 -f /etc/ssh/ssh_host_ed25519_key -N ''",
            "HostKey /etc/ssh/ssh_host_ed25519_key   # in sshd_config, then reload sshd"
          ]
        });
      } else {
        fixes.push({
          kind: modern ? "fix-config" : "upgrade",
          text: modern ? `Remove the ${spec.keyword} line from the server's sshd_config (or add ${alternatives.map((alternative) => alternative.name).join(", ")} to it) and reload sshd.` : `Upgrade the server: ${alternatives.map(
            (alternative) => alternative.change ? `${alternative.name} needs ${describeChange(alternative.change)}` : alternative.name
          ).join(", ")}; or remove the ${spec.keyword} line that restricts it.`
        });
      }
      const windows = otherSoftware(builder.server)?.id === "windows-openssh" ? otherSoftware(builder.server).configure : void 0;
      if (windows) fixes.push({ kind: "action", text: windows.text, ...windows.lines ? { lines: windows.lines } : {} });
      const workaround = workaroundAlgorithm(event.list, offer);
      if (workaround) {
        const impossible = workaroundImpossible(builder.client, workaround);
        if (impossible) notes.push(impossible);
        else {
          fixes.push({
            kind: "workaround",
            text: `For this host only (${workaroundPlace(resolved)}); it re-enables ${workaround} for ${resolved.host} and nothing else:`,
            lines: hostLines(resolved, [`${spec.keyword} +${workaround}`])
          });
        }
      }
    } else {
      const clientSays = software(builder.client, "The client");
      why.push(`${clientSays} offered only: ${facts.join(". ")}.`);
      const ours = transcript.proposals.server[event.list];
      if (ours) why.push(`This server offered: ${list(ours)}; none of the client's.`);
      fixes.push({
        kind: "upgrade",
        text: `Upgrade the client, or remove the ${spec.keyword} line from its ssh_config or command line that restricts it to these.`
      });
      const workaround = workaroundAlgorithm(event.list, offer);
      if (workaround) {
        fixes.push({
          kind: "workaround",
          text: `On the server: sshd cannot scope ${spec.keyword} to one client (it is not allowed in a Match block), so this weakens every connection:`,
          lines: [`${spec.keyword} +${workaround}`]
        });
      }
    }
    notes.push(...configNotesFor(builder, spec.option, event.list));
    const happened = clientView.side === "client" ? `The connection to ${resolved.host !== clientView.peer && resolved.host !== "HOST" ? `${resolved.host} (${clientView.peer})` : clientView.peer} ended before authentication: no ${spec.label} is on both sides' lists.` : `A client from ${clientView.peer} was turned away before authentication: no ${spec.label} is on both sides' lists.`;
    builder.add(id, happened, why, fixes, [clientView.ref, ...others], notes);
  }
}
function workaroundAlgorithm(kind, offer) {
  const known = offer.filter((name) => knownAlgorithms(LIST[kind].kind).includes(name));
  if (kind === "hostkey") return known.find((name) => name.startsWith("ssh-rsa")) ?? known[0] ?? null;
  return known.find((name) => weaknessOf(LIST[kind].kind, name) === null) ?? known[0] ?? null;
}
function peerServerFixes(builder, kind) {
  const peer = otherSoftware(builder.server);
  if (!peer || peer.id === "windows-openssh") return null;
  const fixes = [];
  const ed25519 = supports(builder.server, "ed25519");
  const ecdsa = supports(builder.server, "ecdsa");
  if (kind === "hostkey" && peer.id === "dropbear") {
    if (ed25519 !== false) {
      fixes.push({
        kind: ed25519 ? "fix-config" : "upgrade",
        text: `Give Dropbear an Ed25519 host key (${firstRelease(peer, "ed25519")} and later; dropbear loads the keys it finds in /etc/dropbear):`,
        lines: ["dropbearkey -t ed25519 -f /etc/dropbear/dropbear_ed25519_host_key"]
      });
    }
    if (ed25519 !== true && ecdsa !== false) {
      fixes.push({
        kind: "fix-config",
        text: `${ed25519 === false ? `This Dropbear predates Ed25519 but has ECDSA (${firstRelease(peer, "ecdsa")})` : "A Dropbear older than that has ECDSA"}: give it an ECDSA host key:`,
        lines: ["dropbearkey -t ecdsa -s 256 -f /etc/dropbear/dropbear_ecdsa_host_key"]
      });
    }
  } else if (peer.configure?.lines) {
    fixes.push({ kind: "fix-config", text: peer.configure.text, lines: peer.configure.lines });
  }
  const brings = releasesBringing(peer, ["ed25519", "rsa-sha2"]);
  fixes.push({
    kind: "upgrade",
    text: `${peer.upgrade}${brings ? `: ${brings}` : ""}.${peer.configure && !peer.configure.lines ? ` ${peer.configure.text}` : ""}`
  });
  return fixes;
}
var negotiation = {
  entries: [
    {
      id: "no-matching-kex",
      stage: "connection",
      title: "No common key exchange method",
      symptoms: [
        {
          text: "Unable to negotiate with HOST port 22: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1",
          seenIn: "client"
        }
      ],
      cause: "Both sides send the key exchange methods they allow (RFC 4253 section 7.1) and the connection ends when no name is on both lists. Usually the old side offers only SHA-1 or 1024-bit Diffie-Hellman groups, which current OpenSSH no longer offers.",
      fixes: [
        "Upgrade the old side, or remove the KexAlgorithms line that restricts it: OpenSSH 6.5 and later have curve25519-sha256@libssh.org, 5.7 and later ecdh-sha2-nistp256.",
        'Last resort, for that one host only: `Host HOST` + `KexAlgorithms +NAME` in ~/.ssh/config, with NAME taken from "Their offer".'
      ],
      changes: ["group1-sha1-disabled", "ed25519-added", "ecdsa-added", "finite-field-dh-server-dropped"]
    },
    {
      id: "no-matching-host-key-type",
      stage: "connection",
      title: "No common host key type",
      symptoms: [
        { text: "Unable to negotiate with HOST port 22: no matching host key type found. Their offer: ssh-rsa", seenIn: "client" },
        { text: "Unable to negotiate with HOST port 22: no matching host key type found. Their offer: ssh-dss", seenIn: "client" }
      ],
      cause: "The server proves its identity with a host key signature the client must accept (HostKeyAlgorithms). A server with only an RSA host key that signs only with ssh-rsa (SHA-1), or only a DSA host key, has nothing a current client accepts.",
      fixes: [
        'Give the server an Ed25519 host key (`ssh-keygen -t ed25519 -f /etc/ssh/ssh_host_ed25519_key -N ""` and `HostKey /etc/ssh/ssh_host_ed25519_key`; OpenSSH 6.5 or later), or upgrade it to OpenSSH 7.2 or later, where the same RSA host key signs with rsa-sha2-256/512.',
        "Last resort, for that one host only: `Host HOST` + `HostKeyAlgorithms +ssh-rsa` (or `+ssh-dss` with a client older than 9.8)."
      ],
      changes: ["ssh-rsa-disabled", "dsa-disabled", "rsa-sha2-added", "ed25519-added", "dsa-not-built", "dsa-removed"]
    },
    {
      id: "no-matching-cipher",
      stage: "connection",
      title: "No common cipher",
      symptoms: [
        { text: "Unable to negotiate with HOST port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc", seenIn: "client" }
      ],
      cause: "The old side offers only ciphers current OpenSSH no longer offers by default: CBC modes (CVE-2008-5161), 64-bit block ciphers (Sweet32) or RC4.",
      fixes: [
        "Upgrade the old side, or remove the Ciphers line that restricts it: aes128-ctr has been in OpenSSH for over a decade, chacha20-poly1305@openssh.com since 6.5.",
        "Last resort, for that one host only: `Host HOST` + `Ciphers +NAME`."
      ],
      changes: ["ed25519-added"]
    },
    {
      id: "no-matching-mac",
      stage: "connection",
      title: "No common MAC",
      symptoms: [
        { text: "Unable to negotiate with HOST port 22: no matching MAC found. Their offer: hmac-md5,hmac-sha1-96", seenIn: "client" }
      ],
      cause: "With a non-AEAD cipher both sides must also agree on a MAC. The old side offers only MD5, RIPEMD-160 or truncated SHA-1 MACs, which current OpenSSH does not offer.",
      fixes: [
        "Upgrade the old side, or remove its MACs line: hmac-sha2-256 and hmac-sha2-512 (and their -etm@openssh.com forms) are what to offer.",
        "Last resort, for that one host only: `Host HOST` + `MACs +NAME`."
      ],
      changes: []
    }
  ],
  matchers: [
    {
      pattern: /^Unable to negotiate with ([^\s]+) port \d+: no matching (key exchange method|host key type|cipher|MAC) found\. Their offer: (.*)$/,
      read: (match, line) => {
        const list2 = NEGOTIATION[match[2]];
        line.push({ kind: "negotiation-failed", list: list2, side: line.side, peer: match[1], offer: splitList(match[3]), ref: line.ref });
      }
    }
  ],
  explain: explainNegotiation
};

// src/core/explain/failures/permission-denied.ts
function explainPermissionDenied(builder) {
  const denied = builder.events("permission-denied");
  if (denied.length === 0) return;
  const explained = [...builder.explanations.values()].filter((explanation) => builder.stageOf(explanation.id) === "authentication");
  if (explained.length > 0) {
    explained[0].evidence.push(...denied.map((event2) => event2.ref));
    return;
  }
  if (builder.events("server-accepted").length > 0) return;
  const event = denied[0];
  const offered = builder.events("key-offered").map((entry) => entry.key);
  const attempted = builder.events("key-will-attempt").map((entry) => entry.key);
  const tried = builder.events("key-trying-private").map((entry) => entry.key);
  const why = [];
  if (offered.length > 0)
    why.push(
      `The client offered ${offered.map(describeLogged).join(", ")}; the server accepted none of them for ${event.user || "that user"}.`
    );
  if (tried.length > 0) why.push(`It also tried the private key files ${tried.map((key) => key.name).join(", ")}.`);
  if (offered.length === 0 && tried.length === 0) {
    why.push(
      attempted.length > 0 ? `The client had ${attempted.map((key) => key.name).join(", ")} to try but offered none.` : 'The log does not show which keys were offered: run the command again with -v (ssh -v, GIT_SSH_COMMAND="ssh -v", sftp -v).'
    );
  }
  why.push(`Methods the server allows: ${event.methods.join(", ")}.`);
  builder.add(
    "permission-denied-publickey",
    `The server at ${event.host} refused every key the client offered${event.user ? ` for user ${event.user}` : ""}.`,
    why,
    [
      {
        kind: "action",
        text: `Install the public half of your key for ${event.user || "that user"} on the server (or in the forge account or deploy keys):`,
        lines: [`ssh-copy-id -i ~/.ssh/id_ed25519.pub ${event.user ? `${event.user}@` : ""}${builder.resolved.host}`]
      },
      {
        kind: "fix-config",
        text: `Point ssh at the right key for this host (${workaroundPlace(builder.resolved)}):`,
        lines: hostLines(builder.resolved, ["IdentityFile ~/.ssh/id_ed25519", "IdentitiesOnly yes"])
      },
      {
        kind: "action",
        text: "Read the server log for its reason (journalctl -u ssh, /var/log/auth.log or /var/log/secure) and pass it to explain with the client log."
      }
    ],
    denied.map((entry) => entry.ref),
    configNotesFor(builder, "pubkeyacceptedalgorithms", "pubkey")
  );
}
var permissionDenied = {
  entries: [
    {
      id: "permission-denied-publickey",
      stage: "outcome",
      title: "Permission denied (publickey)",
      symptoms: [{ text: "git@github.com: Permission denied (publickey).", seenIn: "client" }],
      cause: "No key the client offered was accepted. The client log (-v) tells which keys were offered, skipped or could not be loaded; the server log tells why it refused the ones it saw.",
      fixes: [
        "Make sure the public half of the key is in ~/.ssh/authorized_keys of that user on the server (`ssh-copy-id -i KEY.pub USER@HOST`), or in the account or deploy keys of the forge.",
        "Point ssh at the right key for that host: `Host HOST` + `IdentityFile KEY` + `IdentitiesOnly yes`.",
        "Read the server log (`journalctl -u ssh`, /var/log/auth.log, /var/log/secure) for the reason it refused."
      ],
      changes: []
    }
  ],
  matchers: [
    {
      pattern: /^(?:([^\s@]+)@)?([^\s]+): Permission denied \(([^)]*)\)\.?$/,
      read: (match, line) => {
        if (match[1] !== void 0) line.transcript.user ??= match[1];
        line.transcript.host ??= match[2];
        line.push({ kind: "permission-denied", user: match[1] ?? "", host: match[2], methods: match[3].split(","), ref: line.ref });
      }
    },
    { pattern: /^Accepted publickey for /, read: (_match, line) => line.push({ kind: "server-accepted", ref: line.ref }) }
  ],
  explain: explainPermissionDenied
};

// src/core/explain/failures/signatures.ts
function isSha1Signature(algorithm) {
  return algorithm === "ssh-rsa" || algorithm === "ssh-dss" || algorithm.startsWith("ssh-rsa-cert") || algorithm.startsWith("ssh-dss-cert");
}
function libraryReleases() {
  return SSH_SOFTWARE.filter((entry) => entry.role === "client library" || entry.role === "client").flatMap((entry) => {
    const fact = softwareFact(entry, "rsa-sha2") ?? softwareFact(entry, "server-sig-algs");
    return fact ? [`${entry.name} ${fact.version}`] : [];
  }).join(", ");
}
function explainNoMutualSignature(builder) {
  const { transcript, resolved } = builder;
  const events = builder.events("no-mutual-signature");
  if (events.length > 0) {
    const key = events[0].key;
    const why = [];
    const sigAlgs = transcript.serverSigAlgs;
    const clientCurrent = atLeast(builder.client, "ssh-rsa-disabled");
    why.push(
      `An RSA key signs with ssh-rsa (SHA-1) or, since ${describeChange("rsa-sha2-added")}, rsa-sha2-256/512. ${describeChange("ssh-rsa-disabled")} disabled ssh-rsa by default${builder.client ? `; your client is ${builder.client.text}${clientCurrent === false ? ", older than that, so its configuration must exclude ssh-rsa" : ""}` : ""}.`
    );
    if (sigAlgs === null) {
      why.push(
        transcript.extInfoObservable ? "The server sent no server-sig-algs extension (RFC 8308), so the client cannot know it accepts rsa-sha2-256/512 and has no signature algorithm left for the key." : "The log shows no server-sig-algs extension (RFC 8308) from the server (run ssh with -v to be sure), so the client has no signature algorithm left for the key."
      );
    } else {
      const rsa = sigAlgs.filter((name) => name.startsWith("rsa-sha2") || name === "ssh-rsa");
      why.push(
        `The server's server-sig-algs lists ${list(rsa)} for RSA${rsa.some((name) => name.startsWith("rsa-sha2")) ? "" : ": no SHA-2 signature"}.`
      );
    }
    if (builder.server) {
      const modern = builder.server.openssh ? atLeast(builder.server, "rsa-sha2-added") : supports(builder.server, "server-sig-algs");
      const peer2 = otherSoftware(builder.server);
      const since = peer2 ? firstRelease(peer2, "server-sig-algs") : describeChange("rsa-sha2-added");
      why.push(
        modern === false ? `The server is ${builder.server.text}, older than ${since}: it predates rsa-sha2 and server-sig-algs.` : modern === true ? `The server is ${builder.server.text}, which supports rsa-sha2 (since ${since}): its configuration or the client's excludes it.` : `The server is ${builder.server.text}.`
      );
    }
    why.push(
      "The key length has nothing to do with it: any RSA key fails the same way, and ssh moves on to the next method (often a password prompt)."
    );
    const fixes = [newKeyFix(builder, builder.server)];
    const peer = otherSoftware(builder.server);
    const peerRelease = peer ? firstRelease(peer, "server-sig-algs") : null;
    fixes.push({
      kind: "upgrade",
      text: peer ? `${peer.upgrade}${peerRelease ? ` to ${peerRelease} or later` : " to a release with RFC 8332 and RFC 8308"}: the same RSA key then signs with rsa-sha2.` : `Upgrade the server to OpenSSH 7.2 or later (or software with RFC 8332 and RFC 8308): the same RSA key then signs with rsa-sha2-512.`
    });
    fixes.push({
      kind: "workaround",
      text: `For this host only (${workaroundPlace(resolved)}); SHA-1 signatures for ${resolved.host} and nothing else:`,
      lines: hostLines(resolved, ["PubkeyAcceptedAlgorithms +ssh-rsa"])
    });
    const notes = configNotesFor(builder, "pubkeyacceptedalgorithms", "pubkey");
    builder.add(
      "no-mutual-signature-algorithm",
      `The client did not offer the RSA key${key ? ` ${key.name}${key.fingerprint ? ` (${key.fingerprint})` : ""}` : ""}: it found no signature algorithm that both it and the server accept.`,
      why,
      fixes,
      events.map((event) => event.ref),
      notes
    );
  }
}
function explainServerRejects(builder) {
  const { transcript, resolved } = builder;
  const rejected = builder.events("server-rejected-algorithm").filter((event) => !isSha1Signature(event.algorithm));
  if (rejected.length > 0) {
    const first = rejected[0];
    const algorithms = [...new Set(rejected.map((event) => event.algorithm))];
    const rsaSha2 = algorithms.some((name) => name.startsWith("rsa-sha2"));
    const why = [
      `The server's ${first.option} does not list ${algorithms.join(", ")}, the ${first.what} the client used. PubkeyAcceptedAlgorithms names signature algorithms, not key types: ssh-rsa there means RSA keys with SHA-1 signatures only.`
    ];
    if (rsaSha2) {
      why.push(
        `Since ${describeChange("rsa-sha2-added")} RSA keys sign with rsa-sha2-256/512, and since ${describeChange("ssh-rsa-disabled")} clients no longer use ssh-rsa unless told to.`
      );
    }
    const sigAlgs = transcript.serverSigAlgs;
    if (sigAlgs && algorithms.some((name) => sigAlgs.includes(name))) {
      why.push(
        `The server still advertised ${algorithms.filter((name) => sigAlgs.includes(name)).join(", ")} in server-sig-algs (OpenSSH does not filter that list by PubkeyAcceptedAlgorithms), so the client had no way to know; it only says "Permission denied".`
      );
    }
    const fixes = [
      {
        kind: "fix-config",
        text: `Fix the server: remove the ${first.option} line from sshd_config (and any Match block), or list the SHA-2 algorithms, then reload sshd:`,
        lines: [`${first.option} ssh-ed25519,rsa-sha2-512,rsa-sha2-256`]
      }
    ];
    if (rsaSha2) {
      fixes.push({
        kind: "workaround",
        text: `For this host only (${workaroundPlace(resolved)}): make the client sign with SHA-1 for ${resolved.host} (a "+ssh-rsa" is not enough: the client would still prefer rsa-sha2-512):`,
        lines: hostLines(resolved, ["PubkeyAcceptedAlgorithms ssh-rsa"])
      });
    }
    builder.add(
      "server-rejects-signature-algorithm",
      `The server refused the key before checking it: the client signed with ${algorithms.join(", ")}, which the server's ${first.option} does not allow.`,
      why,
      fixes,
      rejected.map((event) => event.ref)
    );
  }
}
function explainClientSignsSha1(builder) {
  const { transcript } = builder;
  const rejected = builder.events("server-rejected-algorithm").filter((event) => isSha1Signature(event.algorithm));
  if (rejected.length === 0) return;
  const first = rejected[0];
  const algorithms = [...new Set(rejected.map((event) => event.algorithm))];
  const dsaOnly = algorithms.every((name) => name.startsWith("ssh-dss"));
  const client = builder.client;
  const library = otherSoftware(client);
  const clientName = library ? `${library.name} (${client.text})` : client ? client.text : "the client";
  const why = [];
  const serverRefusesByDefault = builder.server ? atLeast(builder.server, dsaOnly ? "dsa-disabled" : "ssh-rsa-disabled") : null;
  why.push(
    `${dsaOnly ? "ssh-dss (DSA with SHA-1)" : "ssh-rsa (RSA with SHA-1)"} is off by default since ${describeChange(dsaOnly ? "dsa-disabled" : "ssh-rsa-disabled")}${serverRefusesByDefault === true ? `, and the server is ${builder.server.text}: its refusal is the default, not a setting to undo` : serverRefusesByDefault === false ? `; this server (${builder.server.text}) is older, so a PubkeyAcceptedAlgorithms line of its own excludes it` : ""}.`
  );
  const sigAlgs = transcript.serverSigAlgs;
  const sha2Offered = sigAlgs?.filter((name) => name.startsWith("rsa-sha2")) ?? [];
  if (!dsaOnly && sha2Offered.length > 0) {
    why.push(
      `The server offered ${sha2Offered.join(", ")} in server-sig-algs (RFC 8308): a client that reads it signs the same RSA key with SHA-2.`
    );
  }
  if (transcript.clientAsksExtInfo === false) {
    why.push(
      "The client did not ask for server-sig-algs (no ext-info-c in its key exchange proposal), so it cannot learn that the server takes rsa-sha2: the mark of a client or library from before RFC 8308."
    );
  }
  const fixes = [];
  const opensshClient = client?.openssh ? atLeast(client, "rsa-sha2-added") : null;
  if (dsaOnly) {
    fixes.push(newKeyFix(builder, builder.server));
  } else if (opensshClient === true) {
    why.push(
      `The client is ${client.text}, which signs RSA keys with rsa-sha2-512 by default since ${describeChange("rsa-sha2-added")}: its configuration forces ssh-rsa.`
    );
    fixes.push({
      kind: "fix-config",
      text: "Stop forcing SHA-1 in the client: remove the PubkeyAcceptedAlgorithms (or PubkeyAcceptedKeyTypes) setting that lists only ssh-rsa, in ~/.ssh/config, /etc/ssh/ssh_config or -o on the command line; the client then signs with rsa-sha2-512."
    });
    fixes.push(newKeyFix(builder, builder.server));
  } else if (library) {
    const release = firstRelease(library, "rsa-sha2") ?? firstRelease(library, "server-sig-algs");
    const has = supports(client, "rsa-sha2");
    why.push(
      `The client is ${clientName}. ${release ? `${library.name} signs RSA keys with rsa-sha2 from ${release}` : `${library.name} records no release with rsa-sha2 here`}${has === false ? "; this one is older" : has === true ? "; this one should, so its configuration forces ssh-rsa" : ""}.`
    );
    fixes.push({
      kind: "upgrade",
      text: `Upgrade the client library: ${library.upgrade.charAt(0).toLowerCase()}${library.upgrade.slice(1)}${release ? `; ${release} is the first release that signs with rsa-sha2` : ""}.`
    });
    fixes.push(newKeyFix(builder, builder.server));
  } else {
    why.push(
      `${client ? `The client is ${client.text}.` : 'The logs do not name the client software (sshd logs it at LogLevel DEBUG1 as "remote software version").'} SSH libraries that sign only with ssh-rsa are the usual cause: JSch (com.jcraft), and releases older than ${libraryReleases()}.`
    );
    fixes.push({
      kind: "upgrade",
      text: `Upgrade the client or library that signed with ssh-rsa to a release with rsa-sha2 signatures (${libraryReleases()}), or replace it; if it is OpenSSH 7.2 or later, remove the PubkeyAcceptedAlgorithms setting that forces ssh-rsa.`
    });
    fixes.push(newKeyFix(builder, builder.server));
  }
  const ended = builder.events("server-auth-ended")[0];
  const criteria = [ended?.user ? `User ${ended.user}` : "User USER", ...ended?.address ? [`Address ${ended.address}`] : []];
  fixes.push({
    kind: "workaround",
    text: `On the server, in sshd_config, for that one ${ended?.address ? "user and address" : "user"} only (it accepts SHA-1 signatures from them and nobody else), then reload sshd:`,
    lines: [`Match ${criteria.join(" ")}`, `    PubkeyAcceptedAlgorithms +${dsaOnly ? "ssh-dss" : "ssh-rsa"}`]
  });
  builder.add(
    "client-signs-with-sha1",
    `The client signed with ${algorithms.join(", ")} (${dsaOnly ? "DSA" : "RSA"} with SHA-1), which the server's ${first.option} refuses: ${clientName} chose SHA-1${!dsaOnly && sha2Offered.length > 0 ? " although the server offered rsa-sha2" : ""}.`,
    why,
    fixes,
    rejected.map((event) => event.ref),
    configNotesFor(builder, "pubkeyacceptedalgorithms", "pubkey")
  );
}
function explainForges(builder) {
  for (const event of builder.events("forge-sha1-rsa")) {
    const name = event.forge === "github" ? "GitHub" : "Azure DevOps";
    builder.add(
      "forge-rejects-sha1-rsa",
      `${name} refused the connection because the client signed with ssh-rsa (RSA with SHA-1).`,
      [signatures.entries[3].cause, ...builder.client ? [`The client is ${builder.client.text}.`] : []],
      [
        newKeyFix(builder, null),
        {
          kind: "upgrade",
          text: `Upgrade the SSH client or library to one that signs RSA keys with rsa-sha2-256/512 (OpenSSH 7.2 or later; ${libraryReleases()}), and remove any PubkeyAcceptedAlgorithms setting that forces ssh-rsa.`
        }
      ],
      [event.ref],
      configNotesFor(builder, "pubkeyacceptedalgorithms", "pubkey")
    );
  }
}
var signatures = {
  entries: [
    {
      id: "no-mutual-signature-algorithm",
      stage: "authentication",
      title: "No mutual signature algorithm for an RSA key",
      symptoms: [
        { text: "debug1: send_pubkey_test: no mutual signature algorithm", seenIn: "client" },
        { text: "debug1: sign_and_send_pubkey: no mutual signature algorithm", seenIn: "client" }
      ],
      cause: "An RSA key can sign with ssh-rsa (SHA-1) or rsa-sha2-256/512. The client (OpenSSH 8.8 or later) no longer uses ssh-rsa, and the server either sent no server-sig-algs (RFC 8308), as servers older than OpenSSH 7.2 do, or listed only ssh-rsa. The key is never tried and ssh moves on to a password prompt. The key length has nothing to do with it.",
      fixes: [
        "Make an Ed25519 key (`ssh-keygen -t ed25519`; the server needs OpenSSH 6.5 or later) and install its public half.",
        "Upgrade the server to OpenSSH 7.2 or later (or software that implements RFC 8332 and RFC 8308): the same RSA key then works with rsa-sha2-256/512.",
        "Last resort, for that one host only: `Host HOST` + `PubkeyAcceptedAlgorithms +ssh-rsa`."
      ],
      changes: ["ssh-rsa-disabled", "rsa-sha2-added", "ed25519-added"]
    },
    {
      id: "server-rejects-signature-algorithm",
      stage: "authentication",
      title: "The server refuses the signature algorithm",
      symptoms: [
        { text: "userauth_pubkey: signature algorithm rsa-sha2-512 not in PubkeyAcceptedAlgorithms [preauth]", seenIn: "server" },
        { text: "userauth_pubkey: signature algorithm rsa-sha2-256 not in PubkeyAcceptedAlgorithms [preauth]", seenIn: "server" }
      ],
      cause: "The server's PubkeyAcceptedAlgorithms does not list the algorithm the client used. A list with only ssh-rsa means RSA keys only with SHA-1 signatures: OpenSSH 9.x still advertises every algorithm in server-sig-algs, so the client tries rsa-sha2-512 and sees only `Permission denied (publickey)`; the reason is in the server log alone.",
      fixes: [
        "Fix the server: remove the PubkeyAcceptedAlgorithms (or PubkeyAcceptedKeyTypes) line from sshd_config, or list rsa-sha2-512,rsa-sha2-256 and ssh-ed25519 in it, and reload sshd.",
        "Last resort, for that one host only: `Host HOST` + `PubkeyAcceptedAlgorithms ssh-rsa` on the client, which makes it sign with SHA-1."
      ],
      changes: ["rsa-sha2-added", "accepted-algorithms-renamed", "ssh-rsa-disabled"]
    },
    {
      id: "client-signs-with-sha1",
      stage: "authentication",
      title: "The client signed with SHA-1, which the server refuses",
      symptoms: [
        { text: "userauth_pubkey: signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]", seenIn: "server" },
        { text: "userauth_pubkey: key type ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]", seenIn: "server" },
        { text: "userauth_pubkey: key type ssh-dss not in PubkeyAcceptedAlgorithms [preauth]", seenIn: "server" }
      ],
      cause: "The client signed with ssh-rsa (RSA with SHA-1), which OpenSSH 8.8 and later refuse by default, or ssh-dss (DSA, refused since 7.0); the client only sees `Permission denied (publickey)`. The refusal is the server doing its job. The same RSA key works with rsa-sha2-256/512, which the server offers in server-sig-algs: the client either never reads that list (JSch from com.jcraft, and releases of ssh2, libssh2, paramiko, SSH.NET, Go x/crypto and PuTTY from before their rsa-sha2 support; see Other SSH software below) or is configured to force ssh-rsa.",
      fixes: [
        "Upgrade the client library to its first release with rsa-sha2 signatures (listed under Other SSH software below), or, for an OpenSSH client, remove the PubkeyAcceptedAlgorithms setting that forces ssh-rsa.",
        "Make an Ed25519 key (`ssh-keygen -t ed25519`) where the client supports it, and install its public half.",
        "Last resort, on the server and for that one client only: `Match User USER Address ADDRESS` + `PubkeyAcceptedAlgorithms +ssh-rsa` in sshd_config."
      ],
      changes: ["ssh-rsa-disabled", "rsa-sha2-added", "dsa-disabled"]
    },
    {
      id: "forge-rejects-sha1-rsa",
      stage: "authentication",
      title: "The forge rejects RSA signatures with SHA-1",
      symptoms: [
        {
          text: "ERROR: You're using an RSA key with SHA-1, which is no longer allowed. Please use a newer client or a different key type.",
          seenIn: "forge"
        },
        {
          text: "remote: Command git-upload-pack: You\u2019re using ssh-rsa that is about to be deprecated and your request has been blocked intentionally.",
          seenIn: "forge"
        }
      ],
      cause: "GitHub requires SHA-2 signatures for RSA keys added after 2021-11-02 (https://github.blog/security/application-security/improving-git-protocol-security-github/); Azure DevOps is phasing out ssh-rsa (https://devblogs.microsoft.com/devops/ssh-rsa-deprecation/). The client signed with ssh-rsa: an SSH library without rsa-sha2 (older libssh2, JSch, Go x/crypto), an OpenSSH older than 7.2, or a configuration that forces ssh-rsa.",
      fixes: [
        "Make an Ed25519 key (`ssh-keygen -t ed25519`) and add it to the account or as a deploy key.",
        "Upgrade the client or library to one that signs with rsa-sha2-256/512 (OpenSSH 7.2 or later), and remove any PubkeyAcceptedAlgorithms line that forces ssh-rsa."
      ],
      changes: ["rsa-sha2-added", "ssh-rsa-disabled"]
    }
  ],
  matchers: [
    {
      pattern: /^(?:send_pubkey_test|sign_and_send_pubkey|identity_sign): no mutual signature algorithm/,
      read: (_match, line) => line.push({ kind: "no-mutual-signature", key: line.state.lastKey, ref: line.ref })
    },
    {
      pattern: /^userauth_pubkey: (signature algorithm|key type|unsupported public key algorithm:?) ([^\s]+) not in (PubkeyAccepted\w+)/,
      read: (match, line) => line.push({
        kind: "server-rejected-algorithm",
        what: match[1].replace(/:$/, ""),
        algorithm: match[2],
        option: match[3],
        ref: line.ref
      })
    },
    // Who the server turned away, for a Match block scoped to them (auth2.c, auth.c).
    {
      pattern: /^(?:Connection closed|Disconnected from) (?:by )?(?:authenticating|invalid) user ([^\s]+) ([^\s]+) port \d+/,
      onlyOn: "server",
      read: (match, line) => line.push({ kind: "server-auth-ended", user: match[1], address: match[2], ref: line.ref })
    },
    {
      pattern: /^Failed publickey for (?:invalid user )?([^\s]+) from ([^\s]+) port \d+/,
      onlyOn: "server",
      read: (match, line) => line.push({ kind: "server-auth-ended", user: match[1], address: match[2], ref: line.ref })
    },
    // What the forges print through git (`remote: ` or `ERROR: `).
    {
      pattern: /You're using an RSA key with SHA-1, which is no longer allowed/,
      read: (_match, line) => line.push({ kind: "forge-sha1-rsa", forge: "github", ref: line.ref })
    },
    {
      pattern: /You.re using ssh-rsa that is about to be deprecated/,
      read: (_match, line) => line.push({ kind: "forge-sha1-rsa", forge: "azure-devops", ref: line.ref })
    }
  ],
  explain(builder) {
    explainNoMutualSignature(builder);
    explainServerRejects(builder);
    explainClientSignsSha1(builder);
    explainForges(builder);
  }
};

// src/core/explain/failures/index.ts
var FAMILIES = [negotiation, hostKeys, keyFiles, signatures, agentAndServer, permissionDenied];

// src/core/explain/catalogue.ts
var FAILURES = FAMILIES.flatMap((family) => family.entries);
var BY_ID2 = new Map(FAILURES.map((entry) => [entry.id, entry]));
function failure(id) {
  return BY_ID2.get(id);
}

// src/core/explain/parse-log.ts
var MAX_LINE_LENGTH = 8192;
var TIMESTAMP = String.raw`(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[^\s]*)`;
var SERVER_PREFIX = new RegExp(String.raw`^${TIMESTAMP} [^\s]+ (?:sshd|sshd-session|sshd-auth)\[\d+\]: ?`);
var OTHER_SYSLOG = new RegExp(String.raw`^${TIMESTAMP} [^\s]+ [\w.@/-]+(?:\[\d+\])?: `);
var DEBUG = /^debug\d: /;
var CLIENT_PREFIXES = [
  "Connecting to",
  "Authenticating to",
  "Reading configuration data",
  "identity file",
  "Will attempt key",
  "Offering ",
  "Server accepts key",
  "Trying private key",
  "Skipping ",
  "Authentications that can continue",
  "Next authentication method",
  "kex_input_ext_info",
  "local client KEXINIT",
  "peer server KEXINIT",
  "Server host key",
  "load_hostkeys",
  'Load key "',
  'Error loading key "',
  "Unable to negotiate with ",
  "send_pubkey_test:",
  "sign_and_send_pubkey:",
  "load_identity_file:",
  "@@@@",
  "Host key verification failed",
  "Warning: Permanently added"
];
var SERVER_PREFIXES = [
  "Server listening on",
  "Connection from ",
  "userauth-request",
  "userauth_pubkey",
  "list_hostkey_types",
  "peer client KEXINIT",
  "local server KEXINIT",
  "Accepted publickey",
  "Failed publickey",
  "Authentication refused:",
  "refusing RSA key",
  "Connection closed by authenticating user",
  "Disconnected from",
  "Received disconnect from",
  "Invalid user",
  "Client protocol version"
];
var CLIENT_BANNER = /^OpenSSH_[^\s,]+(?: [^,]+)?, (?:Open|Libre|Boring)SSL/;
function sideOf(text) {
  if (text.endsWith(" [preauth]")) return "server";
  const body = DEBUG.test(text) ? text.slice(text.indexOf(" ") + 1) : text;
  if (SERVER_PREFIXES.some((prefix) => body.startsWith(prefix))) return "server";
  if (CLIENT_BANNER.test(body) || body.includes("Permission denied (") || CLIENT_PREFIXES.some((prefix) => body.startsWith(prefix))) {
    return "client";
  }
  return null;
}
var LIST_LABELS = {
  "KEX algorithms": "kex",
  "host key algorithms": "hostkey",
  "ciphers ctos": "cipher",
  "MACs ctos": "mac"
};
function version(text, ref) {
  const trimmed = text.trim();
  const other = identifySoftware(trimmed);
  return {
    text: trimmed,
    // OpenSSH for Windows is OpenSSH: its releases follow the portable ones it is built from.
    openssh: other ? other.software.id === "windows-openssh" ? parseOpensshVersion(`OpenSSH_${other.version}`) : null : parseOpensshVersion(trimmed),
    other: other ? { id: other.software.id, name: other.software.name, version: other.version } : null,
    ref
  };
}
function readProposal(match, line) {
  const owner = line.state.proposalOwner;
  if (!owner) return false;
  const kind = LIST_LABELS[match[1]];
  line.transcript.proposals[owner][kind] = splitList(match[2]);
  if (owner === "client" && kind === "kex") line.transcript.clientAsksExtInfo = match[2].split(",").includes("ext-info-c");
  return true;
}
var COMMON = [
  // "Local version string" is the writer's own; "remote software version" the peer's (OpenSSH 7.x sshd:
  // "Client protocol version 2.0; client software version ...").
  {
    pattern: /^Local version string SSH-[\d.]+-(.+)$/,
    read: (match, line) => {
      if (line.side === "client") line.transcript.clientVersion ??= version(match[1], line.ref);
      else line.transcript.serverVersion ??= version(match[1], line.ref);
    }
  },
  {
    pattern: /^(?:Remote protocol version [\d.]+, remote|Client protocol version [\d.]+; client) software version (.+)$/,
    read: (match, line) => {
      if (line.side === "client" && !match[0].startsWith("Client")) line.transcript.serverVersion ??= version(match[1], line.ref);
      else line.transcript.clientVersion ??= version(match[1], line.ref);
    }
  },
  {
    pattern: /^(local|peer) (client|server) KEXINIT proposal$/,
    read: (match, line) => {
      line.state.proposalOwner = match[2];
    }
  },
  { pattern: /^(KEX algorithms|host key algorithms|ciphers ctos|MACs ctos): ?(.*)$/, read: readProposal },
  {
    pattern: /^Server host key: ([^\s]+) (SHA256:[^\s]+)$/,
    onlyOn: "client",
    read: (match, line) => {
      line.transcript.serverHostKey ??= { type: match[1], fingerprint: match[2], ref: line.ref };
    }
  },
  {
    pattern: /^kex_input_ext_info: server-sig-algs=<([^>]*)>/,
    read: (match, line) => {
      line.transcript.serverSigAlgs = splitList(match[1]);
    }
  },
  {
    pattern: /^SSH2_MSG_SERVICE_ACCEPT received/,
    onlyOn: "client",
    read: (_match, line) => {
      line.transcript.extInfoObservable = true;
    }
  },
  // readconf.c: "%s line %d: Applying options for %s", with the Host pattern that matched.
  {
    pattern: /^(.+) line (\d+): Applying options for ([^\s]+)$/,
    onlyOn: "client",
    read: (match, line) => {
      const pattern = match[3];
      if (line.transcript.hostBlock || /[*?!]/.test(pattern)) return;
      line.transcript.hostBlock = { pattern, path: match[1], line: Number(match[2]), ref: line.ref };
    }
  },
  {
    pattern: /^Connecting to ([^\s]+) \[/,
    onlyOn: "client",
    read: (match, line) => {
      line.transcript.host ??= match[1];
    }
  },
  {
    pattern: /^Authenticating to ([^:\s]+):\d+ as '([^']*)'/,
    onlyOn: "client",
    read: (match, line) => {
      line.transcript.host ??= match[1];
      line.transcript.user ??= match[2];
    }
  }
];
var MATCHERS = [...COMMON, ...FAMILIES.flatMap((family) => family.matchers)];
function parseLogs(inputs) {
  const transcript = {
    inputs: inputs.map((input) => input.name),
    clientVersion: null,
    serverVersion: null,
    host: null,
    user: null,
    proposals: { client: {}, server: {} },
    serverHostKey: null,
    serverSigAlgs: null,
    extInfoObservable: false,
    clientAsksExtInfo: null,
    hostBlock: null,
    events: [],
    unrecognisedErrors: []
  };
  for (const input of inputs) readInput(input, transcript);
  return transcript;
}
function lines(text) {
  return text.split("\n").map((line) => {
    const cut = line.length > MAX_LINE_LENGTH ? line.slice(0, MAX_LINE_LENGTH) : line;
    return cut.trimEnd();
  });
}
function readInput(input, transcript) {
  const all = lines(input.text);
  let side = all.some((line) => SERVER_PREFIX.test(line) || line.endsWith(" [preauth]")) ? "server" : "client";
  const state = { proposalOwner: null, lastKey: null, changed: null };
  const push = (event) => {
    transcript.events.push(event);
  };
  for (let index = 0; index < all.length; index++) {
    let text = all[index];
    if (text === "") continue;
    const prefixed = SERVER_PREFIX.exec(text);
    if (prefixed) {
      text = text.slice(prefixed[0].length);
      side = "server";
    } else if (OTHER_SYSLOG.test(text)) {
      continue;
    } else {
      side = sideOf(text) ?? side;
    }
    const ref = { input: input.name, line: index + 1, text: text.trim() };
    if (index === 0 || !transcript.clientVersion) {
      if (CLIENT_BANNER.test(text)) {
        transcript.clientVersion = version(text.slice(0, text.indexOf(", ")), ref);
        side = "client";
        continue;
      }
    }
    let body = text.endsWith(" [preauth]") ? text.slice(0, -" [preauth]".length) : text;
    const debug = DEBUG.test(body);
    if (debug) body = body.slice(body.indexOf(" ") + 1);
    if (body.startsWith("remote: ")) body = body.slice("remote: ".length);
    const line = { transcript, state, side, ref, push };
    let recognised = false;
    for (const matcher of MATCHERS) {
      if (matcher.onlyOn && matcher.onlyOn !== side) continue;
      const match = matcher.pattern.exec(body);
      if (match && matcher.read(match, line) !== false) {
        recognised = true;
        break;
      }
    }
    if (!recognised && !debug && /^(?:fatal|error|ERROR):|\b(?:failed|refused|denied|[Ii]nvalid)\b/.test(body)) {
      transcript.unrecognisedErrors.push(ref);
    }
  }
}

// src/core/explain/index.ts
function addressOf(transcript) {
  if (transcript.host) return transcript.host;
  const negotiation2 = transcript.events.find((event) => event.kind === "negotiation-failed" && event.side === "client");
  return negotiation2 && negotiation2.kind === "negotiation-failed" ? negotiation2.peer : null;
}
function hostOf(transcript, context) {
  if (context.host) return context.host;
  if (transcript.hostBlock) return transcript.hostBlock.pattern;
  const address = addressOf(transcript);
  const alias = address && context.config ? aliasFor(context.config, address) : null;
  return alias ?? address ?? "HOST";
}
function blockOf(transcript, config, host) {
  if (config?.hostBlock) return { patterns: config.hostBlock.value, path: config.hostBlock.path, line: config.hostBlock.line };
  const logged = transcript.hostBlock;
  if (!config && logged && logged.pattern === host) return { patterns: logged.pattern, path: logged.path, line: logged.line };
  return null;
}
var AUTHENTICATION = new Set(
  FAILURES.filter((entry) => entry.stage === "authentication" || entry.stage === "outcome").map((entry) => entry.id)
);
function explain(inputs, context = {}) {
  const transcript = parseLogs(inputs);
  const now = context.now ?? /* @__PURE__ */ new Date();
  const host = hostOf(transcript, context);
  const keys = (context.keys ?? []).map((key) => keyFacts(key, now));
  const config = context.config ? configFacts(context.config, host) : null;
  const builder = new Builder(transcript, { keys, config, host, block: blockOf(transcript, config, host) }, failure);
  for (const family of FAMILIES) family.explain(builder);
  keyNotes(builder, AUTHENTICATION);
  const explanations = FAILURES.flatMap((entry) => {
    const explanation = builder.explanations.get(entry.id);
    return explanation ? [explanation] : [];
  });
  return {
    inputs: transcript.inputs,
    client: transcript.clientVersion?.text ?? null,
    server: transcript.serverVersion?.text ?? null,
    host: transcript.host ?? context.host ?? null,
    explanations,
    unrecognised: explanations.length > 0 ? [] : transcript.unrecognisedErrors.slice(0, 5)
  };
}

// src/reporters/explain-json.ts
function renderExplainJson(result, tool) {
  return JSON.stringify({ tool, ...result }, null, 2) + "\n";
}

// src/reporters/explain-text.ts
var BOLD = "\x1B[1m";
var RED = "\x1B[31m";
var DIM = "\x1B[2m";
var RESET = "\x1B[0m";
var clean = (text) => text.replace(/[\x00-\x1f\x7f-\x9f]/g, "?");
var EVIDENCE_WIDTH = 160;
var FIX_LABEL = {
  "new-key": "new key",
  upgrade: "upgrade",
  "fix-config": "fix the config",
  action: "do",
  workaround: "last resort"
};
function shorten(text, width) {
  return text.length > width ? `${text.slice(0, width - 1)}\u2026` : text;
}
function renderExplainText(result, options) {
  const paint = (code, text) => options.color ? `${code}${text}${RESET}` : text;
  const out = [];
  const sides = [result.client ? `client ${result.client}` : null, result.server ? `server ${result.server}` : null].filter(Boolean);
  const count = result.explanations.length;
  if (count === 0) {
    out.push(`No SSH failure recognised in ${result.inputs.map(clean).join(", ")}.`);
    if (result.unrecognised.length > 0) {
      out.push("Error lines it does not know:");
      for (const ref of result.unrecognised) out.push(`    ${clean(ref.input)}:${ref.line}  ${clean(shorten(ref.text, EVIDENCE_WIDTH))}`);
    }
    out.push('Give the client output with -v (ssh -v, sftp -v, GIT_SSH_COMMAND="ssh -v" git ...) and, if you can, the server log');
    out.push("(journalctl -u ssh, /var/log/auth.log, /var/log/secure). docs/troubleshooting.md lists what explain recognises.");
    return out.join("\n") + "\n";
  }
  out.push(`${count} SSH failure${count === 1 ? "" : "s"} recognised${sides.length > 0 ? ` (${clean(sides.join(", "))})` : ""}.`);
  for (const explanation of result.explanations) {
    out.push("");
    out.push(`${paint(RED, "\u2717")} ${paint(BOLD, explanation.title)}  ${paint(DIM, `[${explanation.id}]`)}`);
    out.push(`  What happened: ${clean(explanation.happened)}`);
    out.push("  Why:");
    for (const line of explanation.why) out.push(`    - ${clean(line)}`);
    out.push("  Fix, in order of preference:");
    explanation.fixes.forEach((fix, index) => {
      out.push(`    ${index + 1}. (${FIX_LABEL[fix.kind]}) ${clean(fix.text)}`);
      for (const line of fix.lines ?? []) out.push(`         ${clean(line)}`);
    });
    if (explanation.notes.length > 0) {
      out.push("  Your files:");
      for (const note of explanation.notes) out.push(`    - ${clean(note)}`);
    }
    out.push("  From the log:");
    for (const ref of explanation.evidence)
      out.push(`    ${paint(DIM, `${clean(ref.input)}:${ref.line}`)}  ${clean(shorten(ref.text, EVIDENCE_WIDTH))}`);
  }
  return out.join("\n") + "\n";
}

// src/cli/explain-command.ts
var EXPLAIN_USAGE = `Usage: ssh-key-audit explain [FILE...] [options]

Explains why an SSH connection failed: reads client output (ssh, sftp, scp or git, best with -v),
server logs (journalctl -u ssh, /var/log/auth.log, /var/log/secure) or a pasted error, together,
from the FILEs or from standard input (when no FILE is named, or FILE is -), and prints for each
failure it recognises what happened, why (with the OpenSSH release that changed the default) and
the fixes in order of preference.

Options:
  --format text|json   output format (default: text)
  --key FILE           the key you used: its type, size and fingerprint are tied to the log (repeatable)
  --config FILE        your ssh_config: what it decides for the host in the log
  --host NAME          the Host name you typed, when the log shows only an address or HostName
  -h, --help           show this help

Exit status: 0 something was explained, 1 nothing was recognised, 2 usage error, 3 internal error.
What it recognises: docs/troubleshooting.md`;
var FORMATS = ["text", "json"];
function parseExplainArgs(argv) {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      format: { type: "string" },
      key: { type: "string", multiple: true },
      config: { type: "string" },
      host: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    "ssh-key-audit explain"
  );
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
  }
  for (const [name, value] of [
    ["--config", values.config],
    ["--host", values.host]
  ]) {
    if (value === "") throw new UsageError(`${name} needs a value`);
  }
  if (values.key?.some((key) => key === "")) throw new UsageError("--key needs a file name");
  return {
    files: positionals,
    format,
    keys: values.key ?? [],
    config: values.config ?? null,
    host: values.host ?? null,
    help: values.help === true
  };
}
var MAX_LOG_BYTES = 64 * 1024 * 1024;
function tooLarge(what) {
  return new UsageError(`${what} is larger than ${MAX_LOG_BYTES / 1024 / 1024} MiB; give explain the part of the log around the failure`);
}
function readInput2(path, cwd, what) {
  try {
    if (statSync(resolve(cwd, path)).size > MAX_LOG_BYTES) throw tooLarge(`${what} ${path}`);
    return readFileSync(resolve(cwd, path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${what} ${path}: ${error.code ?? "error"}`);
  }
}
async function readStream(stream) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_LOG_BYTES) throw tooLarge("standard input");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
var fileSource = {
  read: (path) => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return null;
    }
  },
  // ssh_config(5): relative Include paths are taken from ~/.ssh for a user config; next to the named file
  // is the closest a config outside ~/.ssh can get.
  include: (from, pattern) => zs((isAbsolute(pattern) ? pattern : resolve(dirname(from), pattern)).replace(/\\/g, "/"), { nodir: true }).sort()
};
async function runExplain(argv, io) {
  try {
    const request = parseExplainArgs(argv);
    if (request.help) {
      io.stdout.write(EXPLAIN_USAGE + "\n");
      return 0;
    }
    const inputs = [];
    const names = request.files.length > 0 ? request.files : ["-"];
    for (const name of names) {
      if (name === "-") {
        if (!io.stdin) throw new UsageError("no FILE named and no standard input to read");
        if (io.stdin.isTTY) io.stderr.write("ssh-key-audit explain: paste the log, then press Ctrl-D (Ctrl-Z Enter on Windows)\n");
        inputs.push({ name: "-", text: await readStream(io.stdin) });
      } else {
        inputs.push({ name, text: readInput2(name, io.cwd, "log").toString("utf8") });
      }
    }
    const keys = request.keys.map((path) => ({ path, bytes: readInput2(path, io.cwd, "--key") }));
    const config = request.config === null ? void 0 : { path: resolve(io.cwd, request.config), source: fileSource };
    if (config && fileSource.read(config.path) === null) throw new UsageError(`cannot read --config ${request.config}`);
    const result = explain(inputs, { keys, ...config ? { config } : {}, ...request.host ? { host: request.host } : {} });
    const color = request.format === "text" && io.stdout.isTTY === true && !io.env["NO_COLOR"];
    io.stdout.write(
      request.format === "json" ? renderExplainJson(result, { name: "ssh-key-audit", version: VERSION }) : renderExplainText(result, { color })
    );
    return result.explanations.length > 0 ? 0 : 1;
  } catch (error) {
    return exitCodeFor(error, io.stderr, "ssh-key-audit explain");
  }
}
export {
  EXPLAIN_USAGE,
  MAX_LOG_BYTES,
  runExplain
};
