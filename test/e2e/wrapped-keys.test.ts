/**
 * No rule keyed on fingerprints loses a key because of its wrapping (issue 12, done-when): the same weak RSA
 * key in five wrappings gives five weak-rsa-key findings with the one fingerprint ssh-keygen prints, and
 * duplicate-key ties the five places together. Runs the bundled CLI as a user would.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/cli.js';
import { generateKey, keygenList, tempDir } from '../helpers/openssh.js';
import type { ScanResult } from '../../src/core/types.js';

describe('one weak RSA key in five wrappings', () => {
  it('gives five weak-rsa-key findings with one fingerprint, tied by duplicate-key', async () => {
    const keys = tempDir();
    const tree = tempDir();
    const path = generateKey(keys, 'old', 'rsa', ['-b', '1024']);
    const line = readFileSync(`${path}.pub`, 'utf8').trim();
    const { fingerprint } = keygenList(`${path}.pub`)[0]!;
    const b64 = (value: string | Buffer): string => Buffer.from(value).toString('base64');
    const files: Record<string, string | Buffer> = {
      'hosts/authorized_keys': `${line}\n`,
      'config/users.json': `{"users": [{"name": "ops", "key": "${line.replace(/\//g, '\\/').replace(/\+/g, '\\u002B')}"}]}\n`,
      'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\ndata:\n  authorized_keys: ${b64(`${line}\n`)}\n`,
      'cloud/user-data.yaml': `#cloud-config\nwrite_files:\n  - encoding: gz+b64\n    content: ${b64(gzipSync(`${line}\n`))}\n`,
      'windows/old.pub': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line}\r\n`, 'utf16le')]),
    };
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(tree, name, '..'), { recursive: true });
      writeFileSync(join(tree, name), content);
    }
    const run = await runCli(['.', '--format', 'json', '--fail-on', 'never'], tree);
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as ScanResult;
    const where = (rule: string): string[][] =>
      result.findings.filter((f) => f.rule === rule).map((f) => [f.path, String(f.line), f.fingerprint ?? 'null']);
    const expected = [
      ['cloud/user-data.yaml', '4', fingerprint],
      ['config/users.json', '1', fingerprint],
      ['hosts/authorized_keys', '1', fingerprint],
      ['k8s/secret.yaml', '4', fingerprint],
      ['windows/old.pub', '1', fingerprint],
    ];
    assert.deepEqual(where('weak-rsa-key'), expected);
    assert.deepEqual(where('duplicate-key'), expected);
    assert.deepEqual(
      result.keys.map((key) => [key.path, key.bits, key.layers ?? []]),
      [
        ['cloud/user-data.yaml', 1024, ['base64', 'gzip']],
        ['config/users.json', 1024, []],
        ['hosts/authorized_keys', 1024, []],
        ['k8s/secret.yaml', 1024, ['base64']],
        ['windows/old.pub', 1024, []],
      ],
    );
  });
});
