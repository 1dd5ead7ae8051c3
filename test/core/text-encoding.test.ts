/**
 * Text encodings (issue 12, family 3): UTF-16 LE/BE with a byte-order mark is transcoded and scanned, a UTF-8
 * BOM is stripped, and key-file-encoding says where OpenSSH would not read the file as written. Each claim
 * of that rule is checked here against the real ssh-keygen and, where sshd can run, a real login.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { decodeTextBytes } from '../../src/core/text-encoding.js';
import { runCli } from '../helpers/cli.js';
import { generateKey, keygenList, sshKeygen, tempDir } from '../helpers/openssh.js';
import { clientArgs, runSsh, sshdSkipReason, startSshd } from '../helpers/sshd.js';
import type { ScanResult } from '../../src/core/types.js';
import { requirementMissing } from '../helpers/requirements.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'be') le.swap16();
  return le;
}

function keygenFails(args: string[]): boolean {
  try {
    sshKeygen(args);
    return false;
  } catch {
    return true;
  }
}

async function scanDir(dir: string): Promise<ScanResult> {
  const run = await runCli(['.', '--format', 'json', '--fail-on', 'never'], dir);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as ScanResult;
}

describe('decodeTextBytes', () => {
  it('transcodes UTF-16 LE and BE with a BOM, strips a UTF-8 BOM, and leaves other bytes alone', () => {
    const text = 'ssh-ed25519 AAAA é\r\nline 2\n';
    assert.deepEqual(decodeTextBytes(utf16(text, 'le')), { bytes: Buffer.from(text, 'utf8'), encoding: 'utf-16le' });
    assert.deepEqual(decodeTextBytes(utf16(text, 'be')), { bytes: Buffer.from(text, 'utf8'), encoding: 'utf-16be' });
    assert.deepEqual(decodeTextBytes(Buffer.concat([BOM, Buffer.from(text)])), { bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8-bom' });
    // UTF-16 without a BOM stays what it looks like: bytes with NULs, which the scan skips as binary.
    const bare = Buffer.from(text, 'utf16le');
    assert.deepEqual(decodeTextBytes(bare), { bytes: bare, encoding: 'utf-8' });
    // FF FE before Latin-1 text without a single NUL is not UTF-16: the bytes stay as they are.
    const latin = Buffer.from([0xff, 0xfe, 0x20, 0x73, 0x73, 0x68, 0x2d, 0xe9, 0x0a]);
    assert.deepEqual(decodeTextBytes(latin), { bytes: latin, encoding: 'utf-8' });
  });
});

describe('key files in UTF-16 and with a BOM, through the CLI', () => {
  const dir = tempDir();
  const tree = tempDir();
  let pubLine = '';
  let pubFingerprint = '';
  let opensshKey = '';
  let opensshFingerprint = '';
  let pemKey = '';
  let pemFingerprint = '';
  before(() => {
    const ed = generateKey(dir, 'ed', 'ed25519');
    pubLine = readFileSync(`${ed}.pub`, 'utf8');
    pubFingerprint = keygenList(`${ed}.pub`)[0]!.fingerprint;
    const ecdsa = generateKey(dir, 'ec', 'ecdsa', ['-b', '384']);
    opensshKey = readFileSync(ecdsa, 'utf8');
    opensshFingerprint = keygenList(`${ecdsa}.pub`)[0]!.fingerprint;
    const rsa = generateKey(dir, 'rsa', 'rsa', ['-b', '2048', '-m', 'PEM']);
    pemKey = readFileSync(rsa, 'utf8');
    pemFingerprint = keygenList(`${rsa}.pub`)[0]!.fingerprint;
  });

  it('OpenSSH rejects exactly the files the rule names (ssh-keygen as the oracle)', () => {
    const write = (name: string, bytes: Buffer | string): string => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      chmodSync(path, 0o600);
      return path;
    };
    assert.ok(keygenFails(['-l', '-f', write('u16le.pub', utf16(pubLine, 'le'))]), 'UTF-16LE public key');
    assert.ok(keygenFails(['-l', '-f', write('u16be.pub', utf16(pubLine, 'be'))]), 'UTF-16BE public key');
    assert.ok(keygenFails(['-l', '-f', write('bom.pub', Buffer.concat([BOM, Buffer.from(pubLine)]))]), 'UTF-8 BOM public key');
    assert.ok(keygenFails(['-y', '-f', write('bom-openssh', Buffer.concat([BOM, Buffer.from(opensshKey)]))]), 'BOM OpenSSH key');
    assert.ok(keygenFails(['-y', '-f', write('crlf-openssh', opensshKey.replace(/\n/g, '\r\n'))]), 'CRLF OpenSSH key');
    // ...and reads the ones it does not name: PEM through libcrypto takes a BOM and CRLF.
    assert.ok(!keygenFails(['-y', '-f', write('crlf-pem', pemKey.replace(/\n/g, '\r\n'))]), 'CRLF PEM key');
    assert.ok(!keygenFails(['-y', '-f', write('bom-pem', Buffer.concat([BOM, Buffer.from(pemKey)]))]), 'BOM PEM key');
  });

  it('scans every file with its ssh-keygen fingerprint and a notice exactly where OpenSSH would not read it', async () => {
    const files: Record<string, Buffer | string> = {
      'windows/authorized_keys': utf16(pubLine, 'le'),
      'windows/id_ecdsa': utf16(opensshKey.replace(/\n/g, '\r\n'), 'le'),
      'mac/id_ed25519.pub': utf16(pubLine, 'be'),
      'bom/authorized_keys': Buffer.concat([BOM, Buffer.from(pubLine)]),
      'bom/id_ecdsa': Buffer.concat([BOM, Buffer.from(opensshKey)]),
      'bom/id_rsa': Buffer.concat([BOM, Buffer.from(pemKey)]),
      'crlf/id_ecdsa': opensshKey.replace(/\n/g, '\r\n'),
      'crlf/id_rsa': pemKey.replace(/\n/g, '\r\n'),
      'crlf/id_ed25519.pub': pubLine.replace(/\n/g, '\r\n'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(tree, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, bytes);
    }
    const result = await scanDir(tree);
    assert.deepEqual(
      result.keys.map((k) => [k.path, k.line, k.source, k.fingerprint]),
      [
        ['bom/authorized_keys', 1, 'authorized-keys', pubFingerprint],
        ['bom/id_ecdsa', 1, 'private-key', opensshFingerprint],
        ['bom/id_rsa', 1, 'private-key', pemFingerprint],
        ['crlf/id_ecdsa', 1, 'private-key', opensshFingerprint],
        ['crlf/id_ed25519.pub', 1, 'public-key', pubFingerprint],
        ['crlf/id_rsa', 1, 'private-key', pemFingerprint],
        ['mac/id_ed25519.pub', 1, 'public-key', pubFingerprint],
        ['windows/authorized_keys', 1, 'authorized-keys', pubFingerprint],
        ['windows/id_ecdsa', 1, 'private-key', opensshFingerprint],
      ],
    );
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(
      result.findings
        .filter((f) => f.rule === 'key-file-encoding')
        .map((f) => [f.path, f.line, /UTF-16|byte-order mark|CRLF/.exec(f.message)?.[0]]),
      [
        ['bom/authorized_keys', 1, 'byte-order mark'],
        ['bom/id_ecdsa', 1, 'byte-order mark'],
        ['crlf/id_ecdsa', 1, 'CRLF'],
        ['mac/id_ed25519.pub', 1, 'UTF-16'],
        ['windows/authorized_keys', 1, 'UTF-16'],
        ['windows/id_ecdsa', 1, 'UTF-16'],
      ],
    );
  });

  it('sshd refuses the key on line 1 of a UTF-8 BOM or UTF-16 authorized_keys, and accepts it without', async (t) => {
    const skip = sshdSkipReason();
    if (skip) return requirementMissing(t, skip);
    const host = generateKey(dir, 'hostkey', 'ed25519');
    const client = join(dir, 'ed');
    const knownHosts = join(dir, 'known_hosts');
    const outcomes: Record<string, number | null> = {};
    for (const [name, bytes] of [
      ['plain', Buffer.from(pubLine)],
      ['bom', Buffer.concat([BOM, Buffer.from(pubLine)])],
      ['utf16', utf16(pubLine, 'le')],
    ] as const) {
      const authorized = join(dir, `authorized_${name}`);
      writeFileSync(authorized, bytes);
      const sshd = await startSshd(dir, name, { hostKeys: [host], authorizedKeys: authorized });
      try {
        const run = await runSsh(clientArgs(sshd.port, knownHosts, client, ['-o', 'StrictHostKeyChecking=accept-new']));
        outcomes[name] = run.status;
      } finally {
        await sshd.stop();
      }
    }
    assert.deepEqual(outcomes, { plain: 0, bom: 255, utf16: 255 });
  });
});
