#!/usr/bin/env node
import {
  ECDSA_CURVES,
  MAX_BLOCKLIST_BYTES,
  RSA_MAX_BITS,
  familyOf,
  isCertificateType,
  isKnownKeyType,
  plainTypeOf,
  readBoundedText
} from "./chunk-UUK5TFKK.js";
import {
  KeyFormatError,
  UsageError
} from "./chunk-ILGW4I5N.js";
import {
  LineCounter,
  decodeBase64
} from "./chunk-ZO5PTKSB.js";
import {
  trimTrailing
} from "./chunk-25ZG4RWI.js";

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
  return readPlainKey(blob, reader, type, familyOf(type), certificateMessage);
}
function readPlainKey(blob, reader, type, family, certificateMessage = "a certificate where a plain key belongs") {
  if (!family) {
    if (KEY_TYPE_NAME.test(type)) return unknownKeyInfo(type, blob);
    throw new KeyFormatError(`unknown key type ${JSON.stringify(type.slice(0, 64))}`);
  }
  if (isCertificateType(type)) throw new KeyFormatError(certificateMessage);
  const plainType = plainTypeOf(type);
  const { bits, params } = readKeyFields(reader, plainType, family);
  reader.end();
  return { type, plainType, bits, fingerprint: sha256Fingerprint(blob), params, plainBlob: blob };
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
  if (!family || !isCertificateType(type)) return readPlainKey(blob, reader, type, family);
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
var KEY_TEXT = /(?<![A-Za-z0-9@._-])((?:sk-)?(?:ssh|ecdsa-sha2)-[A-Za-z0-9._+-]+(?:@[A-Za-z0-9.-]+)?)[ \t]+(?=AAAA|[A-Za-z0-9+/=\\]{68})((?:[A-Za-z0-9+/]|\\\/|\\u002[BbFf])+(?:=|\\u003[Dd]){0,2})/g;
var MAX_COMMENT_SCAN = 1024;
var MAX_PREFIX = 8192;
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
  if (type.length < 1 << 24 && !base64.startsWith("AAAA")) return false;
  const head = base64.slice(0, Math.ceil((4 + type.length) / 3) * 4);
  return /^[A-Za-z0-9+/]*={0,2}$/.test(head) && blobNamesType(Buffer.from(head, "base64"), type);
}
function decodePublicKey(declaredType, base64) {
  if (base64.length % 4 !== 0) {
    return {
      info: null,
      problem: `the ${declaredType} key text is ${base64.length} characters, not whole base64 (a multiple of 4: cut short, extra characters or lost padding), so ssh-keygen rejects it`
    };
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
  KEY_TEXT.lastIndex = 0;
  for (let match = KEY_TEXT.exec(text); match !== null; match = KEY_TEXT.exec(text)) {
    const [whole, declaredType, token] = match;
    const start = match.index;
    const end = start + whole.length;
    const base64 = token.includes("\\") ? unescapeText(token) : token;
    if (!(base64.length >= MIN_KEY_BASE64 && isKnownKeyType(declaredType)) && !namesItsType(base64, declaredType)) {
      KEY_TEXT.lastIndex = end - token.length;
      continue;
    }
    if (text.startsWith("...", end) || text.startsWith("\u2026", end) || text.startsWith("\xE2\x80\xA6", end)) continue;
    const line = lines.lineAt(start);
    const lineStart = lines.lineStart();
    const lineEnd = Math.min(lines.lineEnd(), end + MAX_COMMENT_SCAN);
    const kind = start - lineStart > MAX_PREFIX ? { source: "embedded" } : classify(text.slice(lineStart, start), declaredType, context);
    const decoded = decodePublicKey(declaredType, base64);
    found.push({
      line,
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

export {
  WireReader,
  sshString,
  parsePublicBlob,
  unwrapBlockBody,
  findPublicKeyLines,
  BUILT_IN_BLOCKLIST,
  loadBlocklists
};
