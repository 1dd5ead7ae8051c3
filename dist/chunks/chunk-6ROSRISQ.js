#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  bitLengthOf,
  isSquare,
  isqrt,
  makeFinding,
  numberSizedGroups,
  primesBelow,
  toBigInt
} from "./chunk-K26O2BM3.js";
import {
  notePrivateMaterial
} from "./chunk-GUMW3ZH5.js";
import {
  MAX_BLOCKLIST_BYTES,
  RSA_MAX_BITS,
  readBoundedText
} from "./chunk-ZAUYDAMR.js";
import {
  ECDSA_CURVES,
  familyOf,
  isCertificateType,
  isKnownKeyType,
  plainTypeOf
} from "./chunk-VNGYGTQ7.js";
import {
  KeyFormatError,
  UsageError
} from "./chunk-ILGW4I5N.js";
import {
  matchWildcard,
  trimTrailing
} from "./chunk-25ZG4RWI.js";
import {
  __require
} from "./chunk-AAXGI36X.js";

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

// src/core/checks/blocklist.ts
import { resolve } from "node:path";

// src/core/data/compromised-keys.ts
var COMPROMISED_KEYS = [
  ["SHA256:+LQ1rkRWS3U5xJbzlCGyuiOoqsfkU3z8sveqU28bOjg", "Ont g4020w rsa static host key", "rapid7/ssh-badkeys host/Ont_g4020w_rsa.pub"],
  [
    "SHA256:/JLp6z6uGE3BPcs70RQob6QOdEWQ6nDC0xY7ejPOCc0",
    "array networks vapv vxag static login key",
    "rapid7/ssh-badkeys authorized/array-networks-vapv-vxag.pub"
  ],
  ["SHA256:/rr9hHdFl2699bf+yo5oERj1wds/JKyOrHi8txBuEQs", "Moxa ia240 dsa static host key", "rapid7/ssh-badkeys host/Moxa_ia240_dsa.pub"],
  ["SHA256:0RCgva9fjvPn6TkN89hkVQHIpHkKfvfsGmYtnOgki0g", "Quanta LTE static host key", "rapid7/ssh-badkeys host/Quanta_LTE.pub"],
  ["SHA256:1M4RzhMyWuFS/86uPY/ce2prh/dVTHW7iD2RhpquOZA", "Vagrant insecure key", "hashicorp/vagrant keys/"],
  ["SHA256:1T/tv+kuYxJkYpiCsuhb/SE8pLB7gkzTH43h/LjQ3cs", "EVW3226 rsa static host key", "rapid7/ssh-badkeys host/EVW3226_rsa.pub"],
  ["SHA256:4REJomy/ZbGbLVcbZzR/i6CQuzF+EI6DMvu/lHCxh4M", "kali rpi2 static host key", "rapid7/ssh-badkeys host/kali-rpi2.pub"],
  [
    "SHA256:8XeiIuMMG6jRFYywuXqJZiLHIFcWoWN0yXR+fYCoy9A",
    "Cisco rtp300 dsa static host key",
    "rapid7/ssh-badkeys host/Cisco_rtp300_dsa.pub"
  ],
  [
    "SHA256:9OC9c6oQKFimmPITx++YZ7AbfmZcDAmlhUP/u84wQJQ",
    "Cisco rv120w dsa static host key",
    "rapid7/ssh-badkeys host/Cisco_rv120w_dsa.pub"
  ],
  [
    "SHA256:9prMbqhS4QteoFQ1ZRJDqSBLWoHXPyKB0iWR05Ghro4",
    "f5 bigip cve 2012 1493 static login key",
    "rapid7/ssh-badkeys authorized/f5-bigip-cve-2012-1493.pub"
  ],
  [
    "SHA256:AKABay46vBa2bhMYZU2V/z5uqlAUXcuBTxMkW4MHd9s",
    "Westermo MRD310 rsa static host key",
    "rapid7/ssh-badkeys host/Westermo_MRD310_rsa.pub"
  ],
  [
    "SHA256:AogxJW7+Yzu2/Xe2IYAf6VaWRJTBlan754aruVaqp0Q",
    "Huawei bm626 rsa static host key",
    "rapid7/ssh-badkeys host/Huawei_bm626_rsa.pub"
  ],
  [
    "SHA256:BHnRC+5WxXWTFjmXxUq/2PLljU8/X9bbcpiNEEk1xG0",
    "Trendnet tew715apo rsa static host key",
    "rapid7/ssh-badkeys host/Trendnet_tew715apo_rsa.pub"
  ],
  [
    "SHA256:BpW4vxx4JMfXNh6PPa9w80x6YsDa7OZ1LcBCRwYJM/g",
    "Comtrend AR5387UN rsa static host key",
    "rapid7/ssh-badkeys host/Comtrend_AR5387UN_rsa.pub"
  ],
  [
    "SHA256:BuCSIg4STeG8QYS8dKSXGCQWpHB/Pe7FDRF3WpseB9E",
    "Edimax AR 7167 rsa static host key",
    "rapid7/ssh-badkeys host/Edimax_AR-7167_rsa.pub"
  ],
  ["SHA256:CJ/U/F9xf4ngDgjZL2+OPBoSGZ7gEU18oCjVWPL0qqE", "Zyxel p870h rsa static host key", "rapid7/ssh-badkeys host/Zyxel_p870h_rsa.pub"],
  ["SHA256:F9KYIspH9Bhy0ohvvWPEgP5HeCUIeZZ5pA+8Xu2Eky8", "Alice 1121 rsa static host key", "rapid7/ssh-badkeys host/Alice_1121_rsa.pub"],
  [
    "SHA256:Gh0eIu1Aym/yqjFYOrnTBfhYI7b++0NQIvkjwsGfFvI",
    "zyxel vmg1312 rsa static host key",
    "rapid7/ssh-badkeys host/zyxel-vmg1312_rsa.pub"
  ],
  [
    "SHA256:HCKmculX8PrmEXYtnKn3xMnHdnHC/A7+gceWmZNnq0A",
    "moovbox host rsa static host key",
    "rapid7/ssh-badkeys host/moovbox_host_rsa.pub"
  ],
  ["SHA256:HL7HchiArMmCJAyWCYJaL7NRsOkLi+5uzgeTYNp5za4", "Pace V5542 dsa static host key", "rapid7/ssh-badkeys host/Pace_V5542_dsa.pub"],
  [
    "SHA256:HboyXnlo62NK5QYnTXT8/rKywPHrSoyvVfKMQIaPnKc",
    "Sagemcom 2740 rsa static host key",
    "rapid7/ssh-badkeys host/Sagemcom_2740_rsa.pub"
  ],
  ["SHA256:IO79IWaJRJC8/ZM2PfpsxzkpOk4+RY0pqbWt0v95hPg", "Moxa ia240 rsa static host key", "rapid7/ssh-badkeys host/Moxa_ia240_rsa.pub"],
  [
    "SHA256:K0ibBdrSRO4qBHLntPb+cg8HXdxceUMYztFDPw6kCH0",
    "Trendnet tew715apo dsa static host key",
    "rapid7/ssh-badkeys host/Trendnet_tew715apo_dsa.pub"
  ],
  [
    "SHA256:KI1opHyhNi8e6cj1kBs2K5TuPj6NE5+8o6hcsQjKSY8",
    "Cisco rtp300 rsa static host key",
    "rapid7/ssh-badkeys host/Cisco_rtp300_rsa.pub"
  ],
  [
    "SHA256:Kdko2iZS8DAI8ZEYEhlWJOEoJ3J1FVoKIThHuKPxXy8",
    "Trendnet tew816drm rsa static host key",
    "rapid7/ssh-badkeys host/Trendnet_tew816drm_rsa.pub"
  ],
  [
    "SHA256:Lb30DJg8YvCnhbVVhw6k/WRtxXKN8+4TVZVQQhDVD7U",
    "Trendnet tdmc500 rsa static host key",
    "rapid7/ssh-badkeys host/Trendnet_tdmc500_rsa.pub"
  ],
  [
    "SHA256:Lcl4dCjOz4H377asQgXNBK+kjKgD/RNMVZk0aMh5iYE",
    "Cisco rv120w rsa static host key",
    "rapid7/ssh-badkeys host/Cisco_rv120w_rsa.pub"
  ],
  [
    "SHA256:MAQzAYCHIdlpbeld30qcnjU5nVRp42GNVft2YwaJdY0",
    "Tplink w8950n rsa static host key",
    "rapid7/ssh-badkeys host/Tplink_w8950n_rsa.pub"
  ],
  [
    "SHA256:MEc4HfsOlMqJ3/9QMTmrKn5Xj/yfnMITMW8EwfUfTww",
    "loadbalancer.org enterprise va static login key",
    "rapid7/ssh-badkeys authorized/loadbalancer.org-enterprise-va.pub"
  ],
  [
    "SHA256:MQXcP/tTXWJKfrytgQwPZgJyAt0WqdZTjRJ9qBeHQl8",
    "Tplink tdw8960n V1 rsa static host key",
    "rapid7/ssh-badkeys host/Tplink_tdw8960n-V1_rsa.pub"
  ],
  [
    "SHA256:RPT99EeL7WwwWvtuzjRJmLQT2DL4zEh8WG/VxUQZhIg",
    "Cisco RV315W rsa static host key",
    "rapid7/ssh-badkeys host/Cisco_RV315W_rsa.pub"
  ],
  [
    "SHA256:TC9ANa1Feew8aA+jxSk0X2V8V7e7fpSrYyL3MXdU7cA",
    "Seagate GoFlex dsa static host key",
    "rapid7/ssh-badkeys host/Seagate_GoFlex_dsa.pub"
  ],
  [
    "SHA256:VtjqZ5fiaeoZ3mXOYi49Lk9aO31iT4pahKFP9JPiQPc",
    "quantum dxi v1000 static login key",
    "rapid7/ssh-badkeys authorized/quantum-dxi-v1000.pub"
  ],
  ["SHA256:WkvqjnyPAeC0cbPErYiGP9vqHdgL1MqqvPdIe3lvHgI", "Vagrant insecure key", "hashicorp/vagrant keys/"],
  [
    "SHA256:WtRSB8XG5R0LFE1KvRKV7sa2pTCQBpbVm8W7QLbCb5A",
    "Seagate GoFlex rsa static host key",
    "rapid7/ssh-badkeys host/Seagate_GoFlex_rsa.pub"
  ],
  [
    "SHA256:XOWiL0SiIchHnl1UAGqSwR+jwxBPM9ihiBg06Pk0yHg",
    "Zyxel sbg3300 rsa static host key",
    "rapid7/ssh-badkeys host/Zyxel_sbg3300_rsa.pub"
  ],
  [
    "SHA256:Z+q4XhSwWY7q0BIDVPR1v/S306FjGBsid7tLq/8kIxM",
    "ceragon fibeair cve 2015 0936 static login key",
    "rapid7/ssh-badkeys authorized/ceragon-fibeair-cve-2015-0936.pub"
  ],
  ["SHA256:aKZMxi51eXUYwJRXJ01Jy+iL6QLyhFUaMOG0cSSKJYc", "zyxel q100 rsa static host key", "rapid7/ssh-badkeys host/zyxel-q100_rsa.pub"],
  [
    "SHA256:aPoYT2nPIfhqv6BIlbCCpbDjirBxaDFOtPfZ2K20uWw",
    "monroe dasdec cve 2013 0137 static login key",
    "rapid7/ssh-badkeys authorized/monroe-dasdec-cve-2013-0137.pub"
  ],
  [
    "SHA256:b4/5uEu8KsFn19ujuzOxxum/zf1lO9apXgJYQHMVwqk",
    "Trendnet tvip310pi dsa static host key",
    "rapid7/ssh-badkeys host/Trendnet_tvip310pi_dsa.pub"
  ],
  ["SHA256:csFEfFe32uUoWQLco1YyjRQqpuy1pluZFFvK/Lo1EJo", "Moxa 6150 rsa static host key", "rapid7/ssh-badkeys host/Moxa_6150_rsa.pub"],
  [
    "SHA256:d7Bv1O73pvsg7+XusOpsZ6edG3FBQ9KudBiNDBNKJHU",
    "moovbox host dsa static host key",
    "rapid7/ssh-badkeys host/moovbox_host_dsa.pub"
  ],
  [
    "SHA256:dwjhp1334uoka9DL7ehVPgU7PtZVAPmF0e0xbryla1E",
    "Westermo MRD310 dsa static host key",
    "rapid7/ssh-badkeys host/Westermo_MRD310_dsa.pub"
  ],
  [
    "SHA256:fKki+o9MyIk8XUThmRfoejJudcef7mGvkooMCBLyqCM",
    "advantech eki rsa static host key",
    "rapid7/ssh-badkeys host/advantech_eki_rsa.pub"
  ],
  [
    "SHA256:gIJVV2fPBgDqCqTr/+m8B9Hh2KOPvxVoTCM1p6hBwdE",
    "Linksys X1000 rsa static host key",
    "rapid7/ssh-badkeys host/Linksys_X1000_rsa.pub"
  ],
  [
    "SHA256:h1gD8T017XJ19NjY3wD9Vob81jHYUJubf2M23KLU7OU",
    "Sagemcom sx682 dsa static host key",
    "rapid7/ssh-badkeys host/Sagemcom_sx682_dsa.pub"
  ],
  [
    "SHA256:iEYIZLsY3MtHzshoEMMdokU6JL6ilrp12zdZpzSf/hs",
    "Tplink w8950nd rsa static host key",
    "rapid7/ssh-badkeys host/Tplink_w8950nd_rsa.pub"
  ],
  [
    "SHA256:jkhZ6rCXQMeFOi5A3nYfHXLxYCbGhYSenmSPXZ4nZc8",
    "Trendnet tew816drm dsa static host key",
    "rapid7/ssh-badkeys host/Trendnet_tew816drm_dsa.pub"
  ],
  [
    "SHA256:kTEn/MpGqbKcbRbBzhdthwzf1MZGExI4gVWaf9gNbA4",
    "Trendnet tvip310pi rsa static host key",
    "rapid7/ssh-badkeys host/Trendnet_tvip310pi_rsa.pub"
  ],
  [
    "SHA256:lS3HDtLKk215ScnBSvCMqPKyiF9mvP0o3XG7bJXPHIg",
    "Cisco RV315W dsa static host key",
    "rapid7/ssh-badkeys host/Cisco_RV315W_dsa.pub"
  ],
  [
    "SHA256:m714YoMFjzLJdHQbu7sRH96Bxo8TzmuAbFqBjUAhECI",
    "Innacomm w3400v rsa static host key",
    "rapid7/ssh-badkeys host/Innacomm_w3400v_rsa.pub"
  ],
  [
    "SHA256:mzY0RSkZv3Rz5pSZcucTACZEhLko2ahTG2HhkiymQNA",
    "Telefonica de Espana rsa static host key",
    "rapid7/ssh-badkeys host/Telefonica-de-Espana_rsa.pub"
  ],
  [
    "SHA256:r0k4QauOKllur1qQApKhU4Vtg8YEkDNS/6TlOulsSKM",
    "Huawei bm626 dsa static host key",
    "rapid7/ssh-badkeys host/Huawei_bm626_dsa.pub"
  ],
  [
    "SHA256:rGJYhJYrTK6yceV/v20fJCO+FTu8rlECNH3WHqcGQGI",
    "Zyxel pmg1006 dsa static host key",
    "rapid7/ssh-badkeys host/Zyxel_pmg1006_dsa.pub"
  ],
  [
    "SHA256:s5Qw/PocHrvXYHlxaQvSI8lodaJiuCZrTp+KjEUw0tc",
    "Actiontec q2000 rsa static host key",
    "rapid7/ssh-badkeys host/Actiontec_q2000_rsa.pub"
  ],
  [
    "SHA256:uy5wXyEgbRCGsk23+J6f85om7G55Cu3UIPwC7oMZhNQ",
    "exagrid cve 2016 1561 static login key",
    "rapid7/ssh-badkeys authorized/exagrid-cve-2016-1561.pub"
  ],
  [
    "SHA256:v4+GWcG3ffxI72Au29EPundqWtdVVHaRwYffOKqYslw",
    "Zhone 6512a1 rsa static host key",
    "rapid7/ssh-badkeys host/Zhone_6512a1_rsa.pub"
  ],
  [
    "SHA256:vmpX3e8939kGt/oufoQQqbJBnC07xxcVQSZaTHGBE84",
    "Edimax AR 7167 dsa static host key",
    "rapid7/ssh-badkeys host/Edimax_AR-7167_dsa.pub"
  ],
  [
    "SHA256:whDP3xjKBEettbDuecxtGsfWBST+78gb6McdB9P7jCU",
    "barracuda load balancer vm static login key (CVE-2014-8428)",
    "rapid7/ssh-badkeys authorized/barracuda_load_balancer_vm.pub"
  ],
  [
    "SHA256:wuCw9eo7BPNjjv7e8qmXryjpZ9MGspIwmu8KoSH/Tis",
    "tandberg vcs static host key (CVE-2009-4510)",
    "rapid7/ssh-badkeys host/tandberg-vcs.pub"
  ],
  [
    "SHA256:z7xWJ0J6BW3zXhBrdcz0Pi9U88TfSQY/zdPYeyPbxyA",
    "Zyxel pmg1006 rsa static host key",
    "rapid7/ssh-badkeys host/Zyxel_pmg1006_rsa.pub"
  ],
  [
    "SHA256:zaEfS0zzZ4DyGf0BjXPPkEi+6puzJs73EkbEm3XSSqU",
    "Zyxel fsg2200 rsa static host key",
    "rapid7/ssh-badkeys host/Zyxel_fsg2200_rsa.pub"
  ]
];

// src/core/keys/authorized-options.ts
var FLAG_OPTIONS = /* @__PURE__ */ new Set([
  "agent-forwarding",
  "cert-authority",
  "no-agent-forwarding",
  "no-port-forwarding",
  "no-pty",
  "no-touch-required",
  "no-user-rc",
  "no-x11-forwarding",
  "port-forwarding",
  "pty",
  "restrict",
  "user-rc",
  "verify-required",
  "x11-forwarding"
]);
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["command", "environment", "expiry-time", "from", "permitlisten", "permitopen", "principals", "tunnel"]);
function parseAuthorizedOptions(text) {
  const names = [];
  let index = 0;
  while (index < text.length) {
    const nameMatch = /^[A-Za-z0-9-]+/.exec(text.slice(index));
    if (!nameMatch) return null;
    const name = nameMatch[0].toLowerCase();
    index += nameMatch[0].length;
    if (text[index] === "=") {
      if (!VALUE_OPTIONS.has(name) || text[index + 1] !== '"') return null;
      index += 2;
      while (index < text.length && text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
      if (index >= text.length) return null;
      index++;
    } else if (!FLAG_OPTIONS.has(name)) {
      return null;
    }
    names.push(name);
    if (index === text.length) break;
    if (text[index] !== ",") return null;
    index++;
  }
  return names.length > 0 ? names : null;
}

// src/core/keys/known-hosts.ts
var HOST_FIELD = /^(?:[A-Za-z0-9.\-_*?!:[\]%]+|\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+)(?:,(?:[A-Za-z0-9.\-_*?!:[\]%]+|\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+))*$/;
function parseKnownHostsPrefix(prefix, namedKnownHosts) {
  const fields = prefix.trim().split(/[ \t]+/);
  let marker;
  if (fields[0] === "@cert-authority" || fields[0] === "@revoked") {
    marker = fields.shift().slice(1);
  }
  if (fields.length !== 1 || !HOST_FIELD.test(fields[0])) return null;
  const host = fields[0];
  const evident = marker !== void 0 || host.startsWith("|1|") || /^\[[^\]]+\]:\d+/.test(host);
  if (!namedKnownHosts && !evident) return null;
  return marker ? { marker } : {};
}

// src/core/keys/occurrence.ts
var LineCounter = class {
  constructor(text) {
    this.text = text;
    this.next = text.indexOf("\n");
  }
  text;
  offset = 0;
  line = 1;
  // The first line break at or after `offset`, kept between calls: searching for it again on every call
  // walked the whole rest of a text without line breaks each time.
  next;
  lineAt(target) {
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.next = this.text.indexOf("\n");
    }
    while (this.next !== -1 && this.next < target) {
      this.line++;
      this.next = this.text.indexOf("\n", this.next + 1);
    }
    this.offset = target;
    return this.line;
  }
};
function decodeBase64(text) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return null;
  return Buffer.from(text, "base64");
}

// src/core/fingerprint.ts
import { createHash } from "node:crypto";
function sha256Fingerprint(blob) {
  return "SHA256:" + trimTrailing(createHash("sha256").update(blob).digest("base64"), "=");
}

// src/core/keys/certificate.ts
import { createPublicKey, verify } from "node:crypto";

// src/core/keys/wire.ts
var WireReader = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  offset = 0;
  get position() {
    return this.offset;
  }
  get remaining() {
    return this.buf.length - this.offset;
  }
  uint8() {
    this.need(1);
    return this.buf[this.offset++];
  }
  uint32() {
    this.need(4);
    const value = this.buf.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  uint64() {
    this.need(8);
    const value = this.buf.readBigUInt64BE(this.offset);
    this.offset += 8;
    return value;
  }
  string() {
    const length = this.uint32();
    this.need(length);
    const value = this.buf.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }
  text() {
    const raw = this.string();
    for (const byte of raw) if (byte < 32 || byte > 126) throw new KeyFormatError("non-ASCII name in key blob");
    return raw.toString("latin1");
  }
  /** An mpint as its magnitude bytes, without the sign padding (RFC 4251: negative values are not keys). */
  mpint() {
    const raw = this.string();
    if (raw.length > 0 && (raw[0] & 128) !== 0) throw new KeyFormatError("negative mpint in key blob");
    let start = 0;
    while (start < raw.length && raw[start] === 0) start++;
    return raw.subarray(start);
  }
  slice(from, to) {
    return this.buf.subarray(from, to);
  }
  end() {
    if (this.remaining !== 0) throw new KeyFormatError("unexpected bytes after the key blob");
  }
  need(count) {
    if (count > this.remaining) throw new KeyFormatError("key blob is truncated");
  }
};
function bitLength(magnitude) {
  if (magnitude.length === 0) return 0;
  return (magnitude.length - 1) * 8 + (32 - Math.clz32(magnitude[0]));
}
function sshString(value) {
  const body = typeof value === "string" ? Buffer.from(value, "latin1") : value;
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

// src/core/keys/plain-key.ts
function readKeyFields(reader, plainType, family) {
  switch (family) {
    case "rsa": {
      const e = reader.mpint();
      const n = reader.mpint();
      if (n.length === 0 || e.length === 0) throw new KeyFormatError("RSA key has an empty modulus or exponent");
      return { bits: bitLength(n), params: { family, e, n } };
    }
    case "dsa": {
      const p = reader.mpint();
      const q = reader.mpint();
      const g = reader.mpint();
      const y = reader.mpint();
      if (p.length === 0 || q.length === 0) throw new KeyFormatError("DSA key has an empty parameter");
      return { bits: bitLength(p), params: { family, p, q, g, y } };
    }
    case "ecdsa":
    case "sk-ecdsa": {
      const curve = reader.text();
      const expected = plainType.replace(/^(sk-)?ecdsa-sha2-/, "").replace("@openssh.com", "");
      const spec = ECDSA_CURVES[curve];
      if (!spec || curve !== expected) throw new KeyFormatError(`ECDSA curve ${curve} does not match key type ${plainType}`);
      const point = reader.string();
      if (point.length !== spec.pointLength || point[0] !== 4) {
        throw new KeyFormatError(`ECDSA ${curve} point has the wrong encoding or length`);
      }
      const params = { family, curve, point };
      if (family === "sk-ecdsa") params.application = reader.text();
      return { bits: spec.bits, params };
    }
    case "ed25519":
    case "sk-ed25519": {
      const point = reader.string();
      if (point.length !== 32) throw new KeyFormatError(`Ed25519 public key is ${point.length} bytes, not 32`);
      const params = { family, point };
      if (family === "sk-ed25519") params.application = reader.text();
      return { bits: 256, params };
    }
    case "mldsa44-ed25519": {
      const point = reader.string();
      if (point.length !== MLDSA44_ED25519_PUBLIC) {
        throw new KeyFormatError(`ML-DSA-44/Ed25519 public key is ${point.length} bytes, not ${MLDSA44_ED25519_PUBLIC}`);
      }
      return { bits: 256, params: { family, point } };
    }
    case "unknown":
      throw new KeyFormatError(`no key fields known for ${plainType}`);
  }
}
var MLDSA44_ED25519_PUBLIC = 1312 + 32;
var KEY_TYPE_NAME = /^[A-Za-z0-9][A-Za-z0-9@._+-]{2,63}$/;
function unknownKeyInfo(type, blob) {
  return { type, plainType: type, bits: null, fingerprint: sha256Fingerprint(blob), params: { family: "unknown" }, plainBlob: blob };
}
function parsePlainBlob(blob, certificateMessage = "a certificate where a plain key belongs") {
  const reader = new WireReader(blob);
  const type = reader.text();
  const family = familyOf(type);
  if (!family) {
    if (KEY_TYPE_NAME.test(type)) return unknownKeyInfo(type, blob);
    throw new KeyFormatError(`unknown key type ${JSON.stringify(type.slice(0, 64))}`);
  }
  if (isCertificateType(type)) throw new KeyFormatError(certificateMessage);
  const { bits, params } = readKeyFields(reader, plainTypeOf(type), family);
  reader.end();
  return { type, plainType: plainTypeOf(type), bits, fingerprint: sha256Fingerprint(blob), params, plainBlob: blob };
}

// src/core/keys/certificate.ts
var FOREVER = 0xffffffffffffffffn;
function namesIn(packed) {
  const reader = new WireReader(packed);
  const names = [];
  while (reader.remaining > 0) {
    names.push(reader.text());
    reader.string();
  }
  return names;
}
function principalsIn(packed) {
  const reader = new WireReader(packed);
  const names = [];
  while (reader.remaining > 0) names.push(reader.string().toString("utf8"));
  return names;
}
function toIso(seconds) {
  if (seconds === 0n || seconds === FOREVER) return null;
  if (seconds > 8640000000000n) return null;
  return new Date(Number(seconds) * 1e3).toISOString();
}
function decodeCertificateTail(reader, blob) {
  const serial = reader.uint64();
  const kind = reader.uint32();
  if (kind !== 1 && kind !== 2) throw new KeyFormatError(`certificate type ${kind} is neither user (1) nor host (2)`);
  const keyId = reader.string().toString("utf8");
  const principals = principalsIn(reader.string());
  const validAfterSeconds = reader.uint64();
  const validBeforeSeconds = reader.uint64();
  const criticalOptions = namesIn(reader.string());
  const extensions = namesIn(reader.string());
  reader.string();
  const caBlob = reader.string();
  const signedEnd = reader.position;
  const signature = reader.string();
  reader.end();
  const ca = parsePlainBlob(caBlob, "certificate is signed by another certificate");
  const sigReader = new WireReader(signature);
  const signatureAlgorithm = sigReader.text();
  const signatureBytes = sigReader.string();
  const signatureValid = verifySignature(ca, signatureAlgorithm, signatureBytes, blob.subarray(0, signedEnd));
  return {
    certType: kind === 1 ? "user" : "host",
    keyId,
    serial: serial.toString(),
    principals,
    validAfter: toIso(validAfterSeconds),
    validBefore: toIso(validBeforeSeconds),
    validAfterSeconds,
    validBeforeSeconds,
    criticalOptions,
    extensions,
    ca,
    signatureAlgorithm,
    signatureValid
  };
}
var RSA_HASHES = { "ssh-rsa": "sha1", "rsa-sha2-256": "sha256", "rsa-sha2-512": "sha512" };
var b64url = (bytes) => bytes.toString("base64url");
function derLength(length) {
  if (length < 128) return Buffer.from([length]);
  const bytes = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 255);
  return Buffer.from([128 | bytes.length, ...bytes]);
}
function der(tag, body) {
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}
function derInteger(magnitude) {
  const padded = magnitude.length === 0 || magnitude[0] & 128 ? Buffer.concat([Buffer.from([0]), magnitude]) : magnitude;
  return der(2, padded);
}
function dsaPublicKey(params) {
  const dsaOid = Buffer.from("06072a8648ce380401", "hex");
  const domain = der(48, Buffer.concat([derInteger(params.p), derInteger(params.q), derInteger(params.g)]));
  const algorithm = der(48, Buffer.concat([dsaOid, domain]));
  const subjectKey = der(3, Buffer.concat([Buffer.from([0]), derInteger(params.y)]));
  return createPublicKey({ key: der(48, Buffer.concat([algorithm, subjectKey])), format: "der", type: "spki" });
}
function ecdsaP1363(signature, width) {
  const reader = new WireReader(signature);
  const parts = [reader.mpint(), reader.mpint()];
  reader.end();
  return Buffer.concat(
    parts.map((part) => {
      if (part.length > width) throw new KeyFormatError("ECDSA signature component is too long");
      return Buffer.concat([Buffer.alloc(width - part.length), part]);
    })
  );
}
function verifySignature(ca, algorithm, signature, signed) {
  const params = ca.params;
  try {
    switch (params.family) {
      case "rsa": {
        if ((ca.bits ?? 0) > RSA_MAX_BITS) return false;
        const hash = RSA_HASHES[algorithm];
        if (!hash) return false;
        const key = createPublicKey({ key: { kty: "RSA", n: b64url(params.n), e: b64url(params.e) }, format: "jwk" });
        return verify(hash, signed, key, signature);
      }
      case "ed25519": {
        if (algorithm !== "ssh-ed25519") return false;
        const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: b64url(params.point) }, format: "jwk" });
        return verify(null, signed, key, signature);
      }
      case "ecdsa": {
        if (algorithm !== ca.plainType) return false;
        const curve = ECDSA_CURVES[params.curve];
        const width = (params.point.length - 1) / 2;
        const x = b64url(params.point.subarray(1, 1 + width));
        const y = b64url(params.point.subarray(1 + width));
        const key = createPublicKey({ key: { kty: "EC", crv: curve.jwkCurve, x, y }, format: "jwk" });
        return verify(curve.hash, signed, { key, dsaEncoding: "ieee-p1363" }, ecdsaP1363(signature, width));
      }
      case "dsa": {
        if (algorithm !== "ssh-dss" || signature.length !== 40) return false;
        return verify("sha1", signed, { key: dsaPublicKey(params), dsaEncoding: "ieee-p1363" }, signature);
      }
      default:
        return null;
    }
  } catch {
    return false;
  }
}

// src/core/keys/public-blob.ts
function blobNamesType(blob, type) {
  return blob.length >= 4 + type.length && blob.readUInt32BE(0) === type.length && blob.toString("latin1", 4, 4 + type.length) === type;
}
function parsePublicBlob(blob) {
  const reader = new WireReader(blob);
  const type = reader.text();
  const family = familyOf(type);
  if (!family || !isCertificateType(type)) return parsePlainBlob(blob);
  const plainType = plainTypeOf(type);
  reader.string();
  const fieldsStart = reader.position;
  const { bits, params } = readKeyFields(reader, plainType, family);
  const plainBlob = Buffer.concat([sshString(plainType), reader.slice(fieldsStart, reader.position)]);
  const certificate = decodeCertificateTail(reader, blob);
  return { type, plainType, bits, fingerprint: sha256Fingerprint(plainBlob), params, plainBlob, certificate };
}

// src/core/keys/unwrap/decoration.ts
var ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([nrt/\\"'`]))|&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(lt|gt|amp|quot|apos));/g;
var SIMPLE = { n: "\n", r: "\r", t: "	", lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function unescapeText(text) {
  if (!text.includes("\\") && !text.includes("&")) return text;
  return text.replace(
    ESCAPE,
    (whole, unicode, hex, single, decimal, refHex, named) => {
      const code = unicode !== void 0 ? parseInt(unicode, 16) : hex !== void 0 ? parseInt(hex, 16) : decimal !== void 0 ? parseInt(decimal, 10) : refHex !== void 0 ? parseInt(refHex, 16) : void 0;
      if (code !== void 0) return code <= 1114111 ? String.fromCodePoint(code) : whole;
      const name = single ?? named;
      return SIMPLE[name] ?? name;
    }
  );
}
var LEADING = /^[\s"'`,;#*>|(]+/;
var TRAILING_MARK = /* @__PURE__ */ new Set(['"', "'", "`", ",", ";", ")"]);
var QUOTE = /* @__PURE__ */ new Set(['"', "'", "`"]);
var BLANK = /\s/;
function trimTrailingDecoration(line) {
  let end = line.length;
  while (end > 0) {
    const char = line[end - 1];
    if (TRAILING_MARK.has(char) || BLANK.test(char)) {
      end--;
      continue;
    }
    if (char !== "+") break;
    let before = end - 2;
    while (before >= 0 && BLANK.test(line[before])) before--;
    if (before < 0 || !QUOTE.has(line[before])) break;
    end--;
  }
  return line.slice(0, end);
}
var SPACED_BASE64 = /^[A-Za-z0-9+/=]{16,}(?:\s+[A-Za-z0-9+/=]{16,})*(?:\s+[A-Za-z0-9+/=]+)?$/;
var JOINER_ONLY = /^[+.&]{1,2}$/;
var MAX_BODY = 64 * 1024;
function sharedBy(lines, test) {
  return lines.every((line) => line.trim() === "" || test(line));
}
function commonPrefix(candidates, body) {
  for (const raw of candidates) {
    const candidate = raw.trim();
    if (candidate !== "" && sharedBy(body, (line) => line.trimStart().startsWith(candidate))) return candidate;
  }
  return "";
}
function commonSuffix(candidates, body) {
  for (const raw of candidates) {
    const candidate = raw.trim();
    if (candidate !== "" && sharedBy(body, (line) => line.trimEnd().endsWith(candidate))) return candidate;
  }
  return "";
}
function lineBoundsAround(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  return { start, end: newline === -1 ? text.length : newline };
}
function unwrapBlockBody(text, markerStart, bodyStart, bodyEnd, endMarkerLength = 0) {
  if (bodyEnd - bodyStart > MAX_BODY) {
    bodyEnd = bodyStart + MAX_BODY;
    endMarkerLength = 0;
  }
  const rawLines = text.slice(bodyStart, bodyEnd).split("\n");
  let prefix = "";
  let suffix = "";
  if (rawLines.length >= 3) {
    const beginLine = lineBoundsAround(text, markerStart);
    const endLine = endMarkerLength > 0 ? lineBoundsAround(text, bodyEnd) : { start: bodyEnd, end: bodyEnd };
    const body = rawLines.slice(1, -1);
    const beginPrefix = text.slice(beginLine.start, markerStart);
    const endPrefix = text.slice(endLine.start, bodyEnd);
    const endSuffix = endMarkerLength > 0 ? text.slice(bodyEnd + endMarkerLength, endLine.end) : "";
    prefix = commonPrefix([beginPrefix, endPrefix], body);
    suffix = commonSuffix([rawLines[0], endSuffix], body);
  }
  const last = rawLines.length - 1;
  const out = [];
  rawLines.forEach((raw, index) => {
    let line = raw;
    if (prefix && index > 0) {
      const trimmed = line.trimStart();
      if (trimmed.startsWith(prefix)) line = trimmed.slice(prefix.length);
    }
    if (suffix && index < last) {
      const trimmed = line.trimEnd();
      if (trimmed.endsWith(suffix)) line = trimmed.slice(0, -suffix.length);
    }
    for (const part of unescapeText(line).split(/\r?\n|\r/)) {
      const clean = trimTrailingDecoration(part.replace(LEADING, ""));
      if (clean === "" || JOINER_ONLY.test(clean)) continue;
      out.push(SPACED_BASE64.test(clean) ? clean.replace(/\s+/g, "") : clean);
    }
  });
  return out;
}

// src/core/keys/openssh-line.ts
var MIN_KEY_BASE64 = 68;
var KEY_TEXT = /(?<![A-Za-z0-9@._-])((?:sk-)?(?:ssh|ecdsa-sha2)-[A-Za-z0-9._+-]+(?:@[A-Za-z0-9.-]+)?)[ \t]+((?:[A-Za-z0-9+/]|\\\/|\\u002[BbFf])+(?:=|\\u003[Dd]){0,2})/g;
var MAX_COMMENT_SCAN = 1024;
var MAX_PREFIX = 8192;
var LineBounds = class {
  constructor(text) {
    this.text = text;
    this.nextNewline = this.find(0);
  }
  text;
  start = 0;
  nextNewline;
  find(from) {
    const found = this.text.indexOf("\n", from);
    return found === -1 ? this.text.length : found;
  }
  /** The start of the line holding `offset`. */
  lineStart(offset) {
    while (this.nextNewline < offset) {
      this.start = this.nextNewline + 1;
      this.nextNewline = this.find(this.start);
    }
    return this.start;
  }
  /** The end of the line holding `offset` (after lineStart(offset)), before any `\r`. */
  lineEnd() {
    const end = this.nextNewline;
    return this.text[end - 1] === "\r" ? end - 1 : end;
  }
};
function classify(prefix, type, context) {
  const name = context.path.slice(context.path.lastIndexOf("/") + 1);
  const trimmed = prefix.trim();
  if (isCertificateType(type) && trimmed === "") return { source: "certificate" };
  if (trimmed === "") {
    return { source: /authorized_keys/.test(name) ? "authorized-keys" : "public-key" };
  }
  const options = parseAuthorizedOptions(trimmed);
  if (options) return { source: "authorized-keys", options };
  const hosts = parseKnownHostsPrefix(trimmed, /known_hosts/.test(name));
  if (hosts) return { source: "known-hosts", ...hosts };
  return { source: "embedded" };
}
function commentOf(rest, source) {
  let comment = rest.trim();
  if (source === "embedded") comment = comment.split(/["'`\\]/, 1)[0].trim();
  return comment === "" ? null : comment;
}
function namesItsType(base64, type) {
  const head = base64.slice(0, Math.ceil((4 + type.length) / 3) * 4);
  return /^[A-Za-z0-9+/]*={0,2}$/.test(head) && blobNamesType(Buffer.from(head, "base64"), type);
}
function decodePublicKey(declaredType, base64) {
  if (base64.length % 4 !== 0) {
    return { info: null, problem: `the ${declaredType} key text is cut short or lost its base64 padding, so ssh-keygen rejects it` };
  }
  const blob = decodeBase64(base64);
  if (!blob) return { info: null, problem: `the ${declaredType} key text is not valid base64` };
  try {
    const info = parsePublicBlob(blob);
    if (info.type !== declaredType) {
      return { info: null, problem: `the key is labelled ${declaredType} but its data is a ${info.type} key` };
    }
    return { info };
  } catch (error) {
    if (error instanceof KeyFormatError) return { info: null, problem: `the ${declaredType} key does not decode: ${error.message}` };
    throw error;
  }
}
function findPublicKeyLines(text, context) {
  const found = [];
  const lines = new LineCounter(text);
  const bounds = new LineBounds(text);
  for (const match of text.matchAll(KEY_TEXT)) {
    const [whole, declaredType, token] = match;
    const start = match.index;
    const end = start + whole.length;
    const base64 = token.includes("\\") ? unescapeText(token) : token;
    if ((!isKnownKeyType(declaredType) || base64.length < MIN_KEY_BASE64) && !namesItsType(base64, declaredType)) continue;
    if (text.startsWith("...", end) || text.startsWith("\u2026", end) || text.startsWith("\xE2\x80\xA6", end)) continue;
    const lineStart = bounds.lineStart(start);
    const lineEnd = Math.min(bounds.lineEnd(), end + MAX_COMMENT_SCAN);
    const kind = start - lineStart > MAX_PREFIX ? { source: "embedded" } : classify(text.slice(lineStart, start), declaredType, context);
    const decoded = decodePublicKey(declaredType, base64);
    found.push({
      line: lines.lineAt(start),
      declaredType,
      comment: commentOf(text.slice(end, lineEnd), kind.source),
      isPrivate: false,
      ...kind,
      ...decoded
    });
  }
  return found;
}

// src/core/checks/blocklist.ts
var BUILT_IN_BLOCKLIST = new Map(
  COMPROMISED_KEYS.map(([fingerprint, label, source]) => [fingerprint, { label, source }])
);
function loadBlocklists(files, root) {
  if (files.length === 0) return BUILT_IN_BLOCKLIST;
  const merged = new Map(BUILT_IN_BLOCKLIST);
  for (const file of files) {
    const text = readBoundedText(resolve(root, file), MAX_BLOCKLIST_BYTES, `blocklist ${file}`);
    text.split(/\r?\n/).forEach((raw, index) => {
      const hash = raw.indexOf("#");
      const line = (hash === -1 ? raw : raw.slice(0, hash)).trim();
      if (line === "") return;
      const [first, second, ...rest] = line.split(/\s+/);
      const where = `${file}:${index + 1}`;
      let fingerprint;
      let label;
      if (/^SHA256:[A-Za-z0-9+/]{43}$/.test(first)) {
        fingerprint = first;
        label = [second, ...rest].filter(Boolean).join(" ");
      } else if (isKnownKeyType(first) && second) {
        const decoded = decodePublicKey(first, second);
        if (!decoded.info) throw new UsageError(`blocklist ${where}: ${decoded.problem}`);
        fingerprint = decoded.info.fingerprint;
        label = rest.join(" ");
      } else {
        throw new UsageError(`blocklist ${where}: expected a SHA256: fingerprint or an OpenSSH public key line`);
      }
      merged.set(fingerprint, { label: label || "blocklisted key", source: where });
    });
  }
  return merged;
}

// src/core/keys/unwrap/encoded-layers.ts
import { gunzipSync } from "node:zlib";
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
function decodeToken(token) {
  if (token.length % 4 === 1) return null;
  const decoded = Buffer.from(token, "base64");
  if (decoded[0] === 31 && decoded[1] === 139) {
    try {
      return { bytes: gunzipSync(decoded, { maxOutputLength: MAX_GUNZIP }), layers: ["base64", "gzip"] };
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
  const found = { keyLine: false, keyBlock: false, command: false, directive: false, encoded: false };
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
import { createPrivateKey, createPublicKey as createPublicKey2 } from "node:crypto";

// lazy-sshpk:sshpk
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var loaded;
function sshpk() {
  const here = dirname(fileURLToPath(import.meta.url));
  loaded ??= __require(join(basename(here) === "chunks" ? here : join(here, "chunks"), "sshpk.cjs"));
  return loaded;
}
var sshpk_default = new Proxy({}, { get: (_, name) => sshpk()[name] });

// src/core/keys/pem-private.ts
var JWK_CURVES = { "P-256": "nistp256", "P-384": "nistp384", "P-521": "nistp521" };
function mpint(base64url) {
  const bytes = Buffer.from(base64url, "base64url");
  return sshString(bytes[0] & 128 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}
function blobViaNodeCrypto(pem) {
  const jwk = createPublicKey2(createPrivateKey(pem)).export({ format: "jwk" });
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
function labelAt(text, at2, labels, closing) {
  return labels.find((label) => text.startsWith(label, at2) && text.startsWith(closing, at2 + label.length));
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
    const at2 = found === -1 ? this.text.length : found;
    this.next.set(marker, at2);
    return at2;
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
var MIN_TOKEN2 = 80;
var MAX_TOKEN2 = 1 << 18;
function mayHoldPercentEncodedKey(text) {
  return MARKERS.some((marker) => text.includes(marker));
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
    if (token.length < MIN_TOKEN2 || token.length > MAX_TOKEN2 || !token.includes("%")) continue;
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
  const record2 = {
    path,
    line: key.line,
    source: sourceOverride && !key.isPrivate ? sourceOverride : key.source,
    type: info?.type ?? key.declaredType,
    bits: info?.bits ?? null,
    fingerprint: info?.fingerprint ?? null,
    comment: utf8(key.comment)
  };
  if (info?.params.family === "rsa" && sourceOverride !== "secret") record2.rsaModulus = info.params.n.toString("hex");
  if (key.format) record2.format = key.format;
  if (key.encrypted !== void 0) record2.encrypted = key.encrypted;
  if (key.options) record2.options = liftNames(key.options);
  if (key.marker) record2.marker = key.marker;
  if (key.layers) record2.layers = key.layers;
  const cert = info?.certificate;
  if (cert) {
    record2.certificate = {
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
  return record2;
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
      const record2 = toRecord(key, context.path, sourceOverride);
      keys.push(record2);
      if (key.info?.params.family === "rsa" && key.marker !== "revoked" && (key.info.bits ?? 0) <= RSA_MAX_BITS)
        rsaModuli.push({ n: key.info.params.n, key: record2 });
    }
    findings.push(...checkKey(key, context));
  }
  findings.push(...encodingFindings(context.path, bytes.toString("latin1", 0, 64), context.textEncoding ?? "utf-8", occurrences));
  return { keys, findings, rsaModuli };
}

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
function matchHostList(host, list) {
  let matched = false;
  for (const raw of list.split(",")) {
    const negated = raw.startsWith("!");
    const pattern = (negated ? raw.slice(1) : raw).toLowerCase();
    if (matchPattern(host.toLowerCase(), pattern)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
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
  liftText,
  parseConfig,
  describeBlock,
  isGlobalBlock,
  walkConfig,
  canonicalKeyword,
  matchHostList,
  effectiveSettings,
  decodeTextBytes,
  loadBlocklists,
  findMarkers,
  inventoryBytes
};
