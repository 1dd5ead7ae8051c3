/**
 * markers.ts decides which readers look at a file at all: a marker it misses is a key never reported. Real
 * ssh-keygen output must set the marker of its reader; text without any of them must set none.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findMarkers } from '../../src/core/markers.js';
import { generateKey, tempDir } from '../helpers/openssh.js';

const of = (text: string) => findMarkers(Buffer.from(text));

describe('markers', () => {
  it('sees a key line in every public key ssh-keygen writes, also mid-file and after other ssh- words', () => {
    const dir = tempDir();
    for (const [name, type] of [
      ['ed', 'ed25519'],
      ['rsa', 'rsa'],
      ['ec', 'ecdsa'],
    ] as const) {
      const line = readFileSync(`${generateKey(dir, name, type)}.pub`, 'utf8');
      assert.equal(findMarkers(Buffer.from(line)).keyLine, true, type);
      assert.equal(of(`# use ssh-agent, see ssh-add(1)\nkeys:\n  - "${line.trim()}"\n`).keyLine, true, type);
    }
  });

  it('sees a key block in an OpenSSH private key, a PEM block and a PuTTY header', () => {
    const dir = tempDir();
    const key = generateKey(dir, 'ed', 'ed25519');
    assert.equal(findMarkers(readFileSync(key)).keyBlock, true);
    assert.equal(of('-----BEGIN RSA PRIVATE KEY-----\n').keyBlock, true);
    assert.equal(of('PuTTY-User-Key-File-3: ssh-ed25519\n').keyBlock, true);
    assert.equal(readFileSync(join(dir, 'ed.pub')).includes('BEGIN'), false);
  });

  it('sees a key type this scanner does not know only when base64 follows its name', () => {
    assert.equal(of('ssh-mldsa44-ed25519@openssh.com AAAAC3NzaC1lZDI1NTE5\n').keyLine, true);
    assert.equal(of('run ssh-copy-id to install it\n').keyLine, false);
  });

  it('sees an ssh-keygen command only with -t on the same line, and any -o option', () => {
    assert.equal(of('ssh-keygen -t dsa -f key\n').command, true);
    assert.equal(of('ssh-keygen -f key\n-t is on the next line\n').command, false);
    assert.equal(of('ssh -o StrictHostKeyChecking=no host\n').command, true);
  });

  it('sees the inline suppression marker', () => {
    assert.equal(of('# ssh-key-audit: ignore private-key -- test key\n').directive, true);
    assert.equal(of('# ssh-key-audit ignore\n').directive, false);
  });

  it('sets nothing for text without any marker', () => {
    assert.deepEqual(of('Hello, world.\nNothing to see here.\n'), {
      keyLine: false,
      keyBlock: false,
      command: false,
      clientFlags: false,
      directive: false,
      encoded: false,
    });
  });
});
