#!/usr/bin/env node

// src/core/keys/key-types.ts
var CERT_SUFFIX = "-cert-v01@openssh.com";
var PLAIN_KEY_TYPES = {
  "ssh-rsa": "rsa",
  "ssh-dss": "dsa",
  "ecdsa-sha2-nistp256": "ecdsa",
  "ecdsa-sha2-nistp384": "ecdsa",
  "ecdsa-sha2-nistp521": "ecdsa",
  "ssh-ed25519": "ed25519",
  "sk-ecdsa-sha2-nistp256@openssh.com": "sk-ecdsa",
  "sk-ssh-ed25519@openssh.com": "sk-ed25519",
  // Composite ML-DSA-44 + Ed25519 (ssh-mldsa-eddsa.c), OpenSSH 10.4 (data/openssh-timeline.ts).
  "ssh-mldsa44-ed25519@openssh.com": "mldsa44-ed25519"
};
var ECDSA_CURVES = {
  nistp256: { bits: 256, pointLength: 65, hash: "sha256", jwkCurve: "P-256" },
  nistp384: { bits: 384, pointLength: 97, hash: "sha384", jwkCurve: "P-384" },
  nistp521: { bits: 521, pointLength: 133, hash: "sha512", jwkCurve: "P-521" }
};
function isCertificateType(type) {
  return type.endsWith(CERT_SUFFIX);
}
function plainTypeOf(type) {
  if (!isCertificateType(type)) return type;
  const base = type.slice(0, -CERT_SUFFIX.length);
  return base.startsWith("sk-") || `${base}@openssh.com` in PLAIN_KEY_TYPES ? `${base}@openssh.com` : base;
}
function isKnownKeyType(type) {
  return plainTypeOf(type) in PLAIN_KEY_TYPES;
}
function familyOf(type) {
  return PLAIN_KEY_TYPES[plainTypeOf(type)];
}

export {
  PLAIN_KEY_TYPES,
  ECDSA_CURVES,
  isCertificateType,
  plainTypeOf,
  isKnownKeyType,
  familyOf
};
