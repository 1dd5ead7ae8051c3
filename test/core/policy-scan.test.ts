/**
 * The policy through scan(), on keys made by ssh-keygen: inline comments in the files the scan reads,
 * severities on findings of every module (duplicate-key is added after the files), and a baseline that
 * survives a line inserted above its finding.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { loadBaseline, renderBaseline } from '../../src/core/policy/baseline.js';
import { resolveOptions, type OptionOverrides } from '../../src/core/policy/settings.js';
import { scan } from '../../src/core/scan.js';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { generateKey, tempDir } from '../helpers/openssh.js';

const work = tempDir('ska-policy-scan-');
let rsaLine = '';
let edLine = '';
let privateRsa = '';

before(() => {
  const keys = join(work, 'keys');
  mkdirSync(keys);
  rsaLine = readFileSync(`${generateKey(keys, 'rsa', 'rsa', ['-b', '2048'])}.pub`, 'utf8').trim();
  edLine = readFileSync(`${generateKey(keys, 'ed', 'ed25519')}.pub`, 'utf8').trim();
  privateRsa = readFileSync(generateKey(keys, 'private', 'rsa', ['-b', '2048']), 'utf8');
});

function tree(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function scanTree(root: string, overrides: OptionOverrides = {}): Promise<ScanResult> {
  return scan(await resolveOptions({ root, paths: ['.'], overrides }));
}

const brief = (items: readonly Finding[]): string[] => items.map((item) => `${item.path}:${item.line} ${item.rule}`);

describe('inline suppressions in scanned files', () => {
  it('accepts a finding from a comment on its line or the line above, in the syntax of each file', async () => {
    const root = tree('inline', {
      'hash.pub': `# ssh-key-audit: ignore legacy-rsa-key -- the old build server only speaks RSA\n${rsaLine}\n`,
      'deploy.js': `// ssh-key-audit: ignore legacy-rsa-key -- fixture for the deploy script\nconst key = '${rsaLine}';\n`,
      'seed.sql': `INSERT INTO keys VALUES ('${rsaLine}'); -- ssh-key-audit: ignore legacy-rsa-key -- seed data\n`,
      'settings.ini': `; ssh-key-audit: ignore legacy-rsa-key -- ini comment\nkey = ${rsaLine}\n`,
      'key.c': `/* ssh-key-audit: ignore legacy-rsa-key -- C comment */\nstatic const char *key = "${rsaLine}";\n`,
      'page.html': `<!-- ssh-key-audit: ignore legacy-rsa-key -- docs page -->\n<pre>${rsaLine}</pre>\n`,
      id_rsa: `# ssh-key-audit: ignore private-key, legacy-rsa-key -- throwaway key of the integration tests\n${privateRsa}`,
      'windows.pub': `# ssh-key-audit: ignore legacy-rsa-key -- CRLF file\r\n${rsaLine}\r\n`,
    });
    const result = await scanTree(root, { exclude: [] });
    const notDuplicates = result.findings.filter((item) => item.rule !== 'duplicate-key');
    assert.deepEqual(brief(notDuplicates), []);
    assert.deepEqual(
      result.suppressed.map((item) => `${item.path} ${item.rule} ${item.suppression.kind} ${item.suppression.source}`),
      [
        'deploy.js legacy-rsa-key inline deploy.js:1',
        'hash.pub legacy-rsa-key inline hash.pub:1',
        'id_rsa legacy-rsa-key inline id_rsa:1',
        'id_rsa private-key inline id_rsa:1',
        'key.c legacy-rsa-key inline key.c:1',
        'page.html legacy-rsa-key inline page.html:1',
        'seed.sql legacy-rsa-key inline seed.sql:1',
        'settings.ini legacy-rsa-key inline settings.ini:1',
        'windows.pub legacy-rsa-key inline windows.pub:1',
      ],
    );
    assert.equal(result.summary.suppressed, 9);
    assert.equal(result.summary.errors, 0, 'suppressed findings are not counted');
    assert.equal(result.summary.warnings, 0);
  });

  it('reports a comment without a reason and keeps the finding', async () => {
    const root = tree('no-reason', { 'a.pub': `# ssh-key-audit: ignore legacy-rsa-key\n${rsaLine}\n` });
    const result = await scanTree(root);
    assert.deepEqual(brief(result.findings), ['a.pub:1 suppression-without-reason', 'a.pub:2 legacy-rsa-key']);
    assert.equal(result.findings[0]!.severity, 'warning');
    assert.deepEqual(result.suppressed, []);
  });
});

describe('rule severities apply to the findings of every module', () => {
  it('raises duplicate-key, which is found across files after they are read, and turns legacy-rsa-key off', async () => {
    const root = tree('severities', { 'a.pub': `${edLine}\n`, 'b.pub': `${edLine}\n`, 'rsa.pub': `${rsaLine}\n` });
    writeFileSync(join(root, '.ssh-key-audit.yml'), 'rules:\n  duplicate-key: error\n  legacy-rsa-key: off\n');
    const result = await scanTree(root);
    assert.deepEqual(
      result.findings.map((item) => `${item.path} ${item.severity} ${item.rule}`),
      ['a.pub error duplicate-key', 'b.pub error duplicate-key'],
    );
    assert.equal(result.summary.errors, 2);
  });

  it('reports keys of a type the policy does not allow', async () => {
    const root = tree('types', { 'a.pub': `${edLine}\n`, 'rsa.pub': `${rsaLine}\n` });
    writeFileSync(join(root, '.ssh-key-audit.yml'), 'allowed-key-types: [ssh-ed25519]\nrules:\n  legacy-rsa-key: off\n');
    const result = await scanTree(root);
    assert.deepEqual(brief(result.findings), ['rsa.pub:1 disallowed-key-type']);
    assert.equal(result.findings[0]!.severity, 'error');
  });
});

describe('baseline through a scan', () => {
  it('still accepts a finding after a line is inserted above it, and fails only on a new one', async () => {
    const root = tree('baseline', {
      'config/authorized_keys': `${rsaLine}\n`,
      'docs/notes.txt': `ssh-rsa ${'A'.repeat(120)} broken@example\n`,
    });
    const first = await scanTree(root);
    assert.deepEqual(brief(first.findings), ['config/authorized_keys:1 legacy-rsa-key', 'docs/notes.txt:1 invalid-key']);
    writeFileSync(join(root, 'baseline.json'), renderBaseline(first.findings, 'baseline.json', root));

    writeFileSync(join(root, 'config/authorized_keys'), `# deploy keys\n\n${rsaLine}\n`);
    writeFileSync(join(root, 'docs/notes.txt'), `Two new lines\nabove the broken key\nssh-rsa ${'A'.repeat(120)} broken@example\n`);
    writeFileSync(join(root, 'new.pub'), `${readFileSync(join(work, 'keys/private.pub'), 'utf8')}`);
    const second = await scanTree(root, { baseline: 'baseline.json' });
    assert.deepEqual(brief(second.findings), ['new.pub:1 legacy-rsa-key']);
    assert.deepEqual(brief(second.suppressed), ['config/authorized_keys:3 legacy-rsa-key', 'docs/notes.txt:3 invalid-key']);
    assert.ok(second.suppressed.every((item) => item.suppression.kind === 'baseline'));
    assert.equal(second.summary.baselineFixed, 0);
    assert.equal(loadBaseline('baseline.json', root).identities.size, 2);
  });
});
