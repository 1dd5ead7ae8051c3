/**
 * OpenSSH certificates (PROTOCOL.certkeys) signed by ssh-keygen with every CA type and signature
 * algorithm, read through inventoryBytes() and compared with `ssh-keygen -l` and `ssh-keygen -L`.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { inventoryBytes } from '../../src/core/inventory.js';
import { inventory, onlyKey, rulesOf } from '../helpers/inventory.js';
import { generateKey, keygenCertificate, keygenKind, keygenList, signKey, tempDir, wireBlob } from '../helpers/openssh.js';

interface CertificateCase {
  name: string;
  ca: string;
  subject: string;
  args: string[];
  type: string;
  signatureAlgorithm: string;
  rules: string[];
}

const CASES: CertificateCase[] = [
  {
    name: 'user certificate from an RSA CA (default rsa-sha2-512)',
    ca: 'ca-rsa',
    subject: 'ed25519',
    args: ['-n', 'alice,bob', '-V', '-1d:+52w'],
    type: 'ssh-ed25519-cert-v01@openssh.com',
    signatureAlgorithm: 'rsa-sha2-512',
    rules: [],
  },
  {
    name: 'host certificate from an RSA CA with -t rsa-sha2-256',
    ca: 'ca-rsa',
    subject: 'ecdsa256',
    args: ['-h', '-n', 'web1.example.com,10.0.0.1', '-V', '-1d:+52w', '-t', 'rsa-sha2-256', '-z', '42'],
    type: 'ecdsa-sha2-nistp256-cert-v01@openssh.com',
    signatureAlgorithm: 'rsa-sha2-256',
    rules: [],
  },
  {
    name: 'user certificate from an RSA CA with -t ssh-rsa (SHA-1)',
    ca: 'ca-rsa',
    subject: 'rsa',
    args: ['-n', 'deploy', '-V', '-1h:+1d', '-t', 'ssh-rsa'],
    type: 'ssh-rsa-cert-v01@openssh.com',
    signatureAlgorithm: 'ssh-rsa',
    rules: ['legacy-rsa-key', 'cert-sha1-signature'],
  },
  {
    name: 'host certificate from an Ed25519 CA that expired in 2020',
    ca: 'ca-ed25519',
    subject: 'ecdsa384',
    args: ['-h', '-n', 'old.example.com', '-V', '20200101:20200201'],
    type: 'ecdsa-sha2-nistp384-cert-v01@openssh.com',
    signatureAlgorithm: 'ssh-ed25519',
    rules: ['cert-expired'],
  },
  {
    name: 'user certificate from an ECDSA P-384 CA without -V, with critical options and extensions',
    ca: 'ca-ecdsa384',
    subject: 'ed25519',
    args: ['-n', 'root', '-O', 'clear', '-O', 'force-command=/usr/bin/backup --all', '-O', 'source-address=10.0.0.0/8', '-O', 'permit-pty'],
    type: 'ssh-ed25519-cert-v01@openssh.com',
    signatureAlgorithm: 'ecdsa-sha2-nistp384',
    rules: ['cert-no-expiry'],
  },
  {
    name: 'user certificate from a DSA CA',
    ca: 'ca-dsa',
    subject: 'ecdsa521',
    args: ['-n', 'ops', '-V', '-5m:+1h'],
    type: 'ecdsa-sha2-nistp521-cert-v01@openssh.com',
    signatureAlgorithm: 'ssh-dss',
    rules: [],
  },
  {
    name: 'certificate of a DSA key, valid from always to a date',
    ca: 'ca-ed25519',
    subject: 'dsa',
    args: ['-n', 'legacy', '-V', 'always:20991231'],
    type: 'ssh-dss-cert-v01@openssh.com',
    signatureAlgorithm: 'ssh-ed25519',
    rules: ['dsa-key'],
  },
  {
    name: 'certificate valid from yesterday to forever',
    ca: 'ca-ecdsa384',
    subject: 'rsa',
    args: ['-n', 'forever', '-V', '-1d:forever'],
    type: 'ssh-rsa-cert-v01@openssh.com',
    signatureAlgorithm: 'ecdsa-sha2-nistp384',
    rules: ['legacy-rsa-key', 'cert-no-expiry'],
  },
  {
    name: 'user certificate of an sk-ssh-ed25519 key',
    ca: 'ca-ed25519',
    subject: 'sk-ed25519',
    args: ['-n', 'alice', '-V', '-1d:+1w'],
    type: 'sk-ssh-ed25519-cert-v01@openssh.com',
    signatureAlgorithm: 'ssh-ed25519',
    rules: [],
  },
  {
    name: 'host certificate of an sk-ecdsa-sha2-nistp256 key from an RSA CA',
    ca: 'ca-rsa',
    subject: 'sk-ecdsa',
    args: ['-h', '-n', 'kiosk.example.com', '-V', '-1d:+1w'],
    type: 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
    signatureAlgorithm: 'rsa-sha2-512',
    rules: [],
  },
];

/** Flips the last byte of the certificate blob, which is the last byte of the CA signature. */
function tamper(certificateLine: string): string {
  const [type, base64, ...comment] = certificateLine.trim().split(' ');
  const blob = Buffer.from(base64!, 'base64');
  blob[blob.length - 1]! ^= 0x01;
  return [type, blob.toString('base64'), ...comment].join(' ') + '\n';
}

describe('OpenSSH certificates against ssh-keygen -l and -L', () => {
  const dir = tempDir();
  const certificates = new Map<string, string>();
  const pub = (name: string): string => join(dir, `${name}.pub`);

  before(() => {
    generateKey(dir, 'ca-rsa', 'rsa', ['-b', '2048']);
    generateKey(dir, 'ca-ed25519', 'ed25519');
    generateKey(dir, 'ca-ecdsa384', 'ecdsa', ['-b', '384']);
    generateKey(dir, 'ca-dsa', 'dsa');
    generateKey(dir, 'ed25519', 'ed25519');
    generateKey(dir, 'ecdsa256', 'ecdsa', ['-b', '256']);
    generateKey(dir, 'ecdsa384', 'ecdsa', ['-b', '384']);
    generateKey(dir, 'ecdsa521', 'ecdsa', ['-b', '521']);
    generateKey(dir, 'rsa', 'rsa', ['-b', '2048']);
    generateKey(dir, 'dsa', 'dsa');
    // Security keys cannot be made without the hardware, but ssh-keygen -s signs their public half.
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
    const skEd25519 = wireBlob('sk-ssh-ed25519@openssh.com', randomBytes(32), 'ssh:');
    const skEcdsa = wireBlob('sk-ecdsa-sha2-nistp256@openssh.com', 'nistp256', point, 'ssh:');
    writeFileSync(pub('sk-ed25519'), `sk-ssh-ed25519@openssh.com ${skEd25519.toString('base64')} sk-ed25519@test\n`);
    writeFileSync(pub('sk-ecdsa'), `sk-ecdsa-sha2-nistp256@openssh.com ${skEcdsa.toString('base64')} sk-ecdsa@test\n`);
    CASES.forEach((entry, index) => {
      // One certificate per case: copy the subject so each signing writes its own NAME-cert.pub.
      const subject = join(dir, `case${index}.pub`);
      writeFileSync(subject, readFileSync(pub(entry.subject)));
      certificates.set(entry.name, signKey(join(dir, entry.ca), subject, `id-${index}`, entry.args));
    });
  });

  for (const entry of CASES) {
    it(`reads a ${entry.name}`, () => {
      const file = certificates.get(entry.name)!;
      const text = readFileSync(file, 'utf8');
      const [listing] = keygenList(file);
      const [subject] = keygenList(pub(entry.subject));
      const [ca] = keygenList(pub(entry.ca));
      const expected = keygenCertificate(file);
      const result = inventory(text, 'certs/user-cert.pub');
      const key = onlyKey(result);

      assert.equal(key.type, entry.type);
      assert.equal(key.type, text.split(' ')[0]);
      assert.equal(key.type, expected.type);
      assert.equal(keygenKind(key.type), listing!.kind);
      assert.equal(key.bits, listing!.bits);
      assert.equal(key.fingerprint, listing!.fingerprint);
      assert.equal(key.fingerprint, expected.fingerprint);
      // ssh-keygen fingerprints a certificate by the key it certifies.
      assert.equal(key.fingerprint, subject!.fingerprint);
      assert.equal(key.comment, listing!.comment);
      assert.equal(key.source, 'certificate');
      assert.equal(key.line, 1);

      const cert = key.certificate!;
      assert.ok(cert, 'a certificate record');
      assert.equal(cert.ca.fingerprint, expected.ca.fingerprint);
      assert.equal(cert.ca.fingerprint, ca!.fingerprint);
      assert.equal(cert.ca.bits, ca!.bits);
      assert.equal(keygenKind(cert.ca.type), expected.ca.kind);
      assert.equal(cert.signatureAlgorithm, expected.ca.algorithm);
      assert.equal(cert.signatureAlgorithm, entry.signatureAlgorithm);
      assert.equal(cert.signatureValid, true);
      assert.equal(cert.certType, expected.certType);
      assert.equal(cert.certType, entry.args.includes('-h') ? 'host' : 'user');
      assert.equal(cert.keyId, expected.keyId);
      assert.equal(cert.serial, expected.serial);
      assert.deepEqual(cert.principals, expected.principals);
      assert.equal(cert.validAfter, expected.validAfter);
      assert.equal(cert.validBefore, expected.validBefore);
      assert.deepEqual(cert.criticalOptions, expected.criticalOptions);
      assert.deepEqual(cert.extensions, expected.extensions);

      assert.deepEqual(rulesOf(result), entry.rules);
      assert.ok(result.findings.every((finding) => finding.fingerprint === key.fingerprint && finding.line === 1));
    });
  }

  for (const entry of CASES) {
    it(`reports a ${entry.name} with one flipped signature byte as invalid-key, as ssh-keygen refuses it`, () => {
      const tampered = tamper(readFileSync(certificates.get(entry.name)!, 'utf8'));
      const file = join(dir, 'tampered-cert.pub');
      writeFileSync(file, tampered);
      assert.throws(() => keygenList(file), /not a public key file/);
      const result = inventory(tampered, 'certs/tampered-cert.pub');
      const key = onlyKey(result);
      assert.equal(key.certificate!.signatureValid, false);
      assert.equal(key.fingerprint, keygenList(pub(entry.subject))[0]!.fingerprint);
      assert.ok(rulesOf(result).includes('invalid-key'), `invalid-key in ${rulesOf(result).join(', ')}`);
    });
  }

  it('spells out the dates ssh-keygen -V was given, in UTC', () => {
    const file = certificates.get('host certificate from an Ed25519 CA that expired in 2020')!;
    const key = onlyKey(inventory(readFileSync(file), 'certs/old-cert.pub'));
    assert.equal(key.certificate!.validAfter, '2020-01-01T00:00:00.000Z');
    assert.equal(key.certificate!.validBefore, '2020-02-01T00:00:00.000Z');
    const always = onlyKey(inventory(readFileSync(certificates.get('certificate of a DSA key, valid from always to a date')!), 'c.pub'));
    assert.equal(always.certificate!.validAfter, null);
    assert.equal(always.certificate!.validBefore, '2099-12-31T00:00:00.000Z');
  });

  it('raises cert-expired only once the scan time has passed valid-before', () => {
    const file = certificates.get('certificate of a DSA key, valid from always to a date')!;
    const bytes = readFileSync(file);
    const at = (iso: string): string[] =>
      inventoryBytes(bytes, { path: 'c.pub', minRsaBits: 2048, now: new Date(iso) }).findings.map((finding) => finding.rule);
    assert.deepEqual(at('2099-12-30T23:59:59Z'), ['dsa-key']);
    assert.deepEqual(at('2099-12-31T00:00:00Z'), ['dsa-key', 'cert-expired']);
  });

  it('reads a file of every certificate line by line, as ssh-keygen -l does', () => {
    const text = CASES.map((entry) => readFileSync(certificates.get(entry.name)!, 'utf8')).join('');
    const file = join(dir, 'all-cert.pub');
    writeFileSync(file, text);
    const expected = keygenList(file);
    const { keys } = inventory(text, 'certs/all-cert.pub');
    assert.deepEqual(
      keys.map((key) => [key.line, keygenKind(key.type), key.bits, key.fingerprint, key.comment]),
      expected.map((entry, index) => [index + 1, entry.kind, entry.bits, entry.fingerprint, entry.comment]),
    );
  });
});
