/**
 * PuTTY .ppk files (formats 2 and 3, plain and encrypted) made once by puttygen and committed under
 * test/fixtures/putty/, compared with `ssh-keygen -l` on the OpenSSH public half puttygen exported.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { inventory, onlyKey, rulesOf } from '../helpers/inventory.js';
import { keygenList } from '../helpers/openssh.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/putty/', import.meta.url));

const TYPES: Record<string, { type: string; rules: string[] }> = {
  ed25519: { type: 'ssh-ed25519', rules: [] },
  rsa: { type: 'ssh-rsa', rules: ['legacy-rsa-key'] },
  ecdsa: { type: 'ecdsa-sha2-nistp256', rules: [] },
};

describe('PuTTY .ppk files against ssh-keygen -l on their OpenSSH public half', () => {
  const names = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.ppk'))
    .map((name) => name.slice(0, -'.ppk'.length))
    .sort();

  it('has every combination of type, format version and protection', () => {
    const expected = Object.keys(TYPES).flatMap((type) =>
      ['v2', 'v3'].flatMap((version) => ['encrypted', 'plain'].map((protection) => `${type}-${version}-${protection}`)),
    );
    assert.deepEqual(names, expected.sort());
  });

  for (const name of names) {
    it(`reads ${name}.ppk`, () => {
      const [kind, version, protection] = name.split('-') as [string, string, string];
      const bytes = readFileSync(join(FIXTURES, `${name}.ppk`));
      assert.match(bytes.toString('latin1'), new RegExp(`^PuTTY-User-Key-File-${version.slice(1)}: ${TYPES[kind]!.type}\\r?\\n`));
      const [expected] = keygenList(join(FIXTURES, `${name}.pub`));
      const result = inventory(bytes, `keys/${name}.ppk`);
      const key = onlyKey(result);
      assert.deepEqual(
        [key.type, key.bits, key.fingerprint, key.comment],
        [TYPES[kind]!.type, expected!.bits, expected!.fingerprint, expected!.comment],
      );
      assert.equal(key.comment, `${name}@putty`);
      assert.deepEqual(
        [key.source, key.format, key.encrypted, key.line],
        ['private-key', `putty-${version}`, protection === 'encrypted', 1],
      );
      assert.deepEqual(rulesOf(result), ['private-key', ...TYPES[kind]!.rules]);
      assert.equal(result.findings[0]!.fingerprint, expected!.fingerprint);
    });
  }

  it('reads a .ppk saved with Windows line endings', () => {
    for (const name of ['ecdsa-v3-encrypted', 'rsa-v2-plain']) {
      const text = readFileSync(join(FIXTURES, `${name}.ppk`), 'latin1').replace(/\r?\n/g, '\r\n');
      const key = onlyKey(inventory(text, `keys/${name}.ppk`));
      assert.equal(key.fingerprint, keygenList(join(FIXTURES, `${name}.pub`))[0]!.fingerprint);
      assert.equal(key.comment, `${name}@putty`);
    }
  });

  it('reads a .ppk pasted into a YAML block, at its line', () => {
    const ppk = readFileSync(join(FIXTURES, 'ed25519-v3-plain.ppk'), 'latin1').trimEnd();
    const text = `windows:\n  putty_key: |\n${ppk
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')}\n`;
    const key = onlyKey(inventory(text, 'group_vars/windows.yml'));
    assert.deepEqual(
      [key.line, key.fingerprint, key.format],
      [3, keygenList(join(FIXTURES, 'ed25519-v3-plain.pub'))[0]!.fingerprint, 'putty-v3'],
    );
  });
});
