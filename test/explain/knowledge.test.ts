/** The knowledge base explain shares with the audit: defaults checked against this machine's ssh, and the generated page current. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { knownAlgorithms } from '../../src/core/data/algorithms.js';
import {
  ALGORITHM_HISTORY,
  includesChange,
  OPENSSH_CLIENT_DEFAULTS,
  OPENSSH_TIMELINE,
  parseOpensshVersion,
} from '../../src/core/data/openssh-timeline.js';
import { hasFeature, identifySoftware, SSH_SOFTWARE } from '../../src/core/data/ssh-software.js';
import { FAILURES } from '../../src/core/explain/catalogue.js';
import { explain } from '../../src/core/explain/index.js';
import { requirementMissing } from '../helpers/requirements.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the OpenSSH timeline and the failure catalogue', () => {
  it('holds the client defaults this machine’s ssh -G reports (OpenSSH 9.2)', (t) => {
    const reported = execFileSync('sh', ['-c', 'ssh -V 2>&1'], { encoding: 'utf8' });
    if (!/OpenSSH_9\.2/.test(reported)) {
      requirementMissing(t, `the table is OpenSSH 9.2's; this machine has ${reported.trim()}`);
      return;
    }
    const effective = new Map(
      execFileSync('ssh', ['-G', '-F', '/dev/null', 'example.com'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as [string, string]),
    );
    for (const [option, defaults] of Object.entries(OPENSSH_CLIENT_DEFAULTS))
      assert.deepEqual(effective.get(option)?.split(','), [...defaults], option);
  });

  it('gives every entry a source and orders it by version', () => {
    for (const entry of OPENSSH_TIMELINE) assert.ok(entry.source.length > 10, entry.id);
    const versions = OPENSSH_TIMELINE.map((entry) => parseOpensshVersion(`OpenSSH_${entry.version}`)!);
    for (let index = 1; index < versions.length; index++)
      assert.ok(includesChange(versions[index]!, OPENSSH_TIMELINE[index - 1]!.id), OPENSSH_TIMELINE[index]!.id);
  });

  it('names only algorithms the algorithm database knows', () => {
    const known = new Set([
      ...knownAlgorithms('kex'),
      ...knownAlgorithms('signature'),
      ...knownAlgorithms('cipher'),
      ...knownAlgorithms('mac'),
    ]);
    assert.deepEqual(
      Object.keys(ALGORITHM_HISTORY).filter((name) => !known.has(name)),
      [],
    );
  });

  it('compares versions as OpenSSH numbers them', () => {
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_9.2p1 Debian-2')!, 'ssh-rsa-disabled'), true);
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_7.4')!, 'rsa-sha2-added'), true);
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_7.1p2')!, 'rsa-sha2-added'), false);
    assert.equal(includesChange(parseOpensshVersion('OpenSSH_10.0')!, 'dsa-not-built'), true);
  });

  it('recognises every symptom the catalogue lists, each on its own, as that failure', () => {
    const missed: string[] = [];
    for (const entry of FAILURES) {
      assert.ok(entry.symptoms.length > 0 && entry.fixes.length > 0, `${entry.id} has no symptom or no fix`);
      for (const symptom of entry.symptoms) {
        const found = explain([{ name: 'symptom', text: symptom.text }]).explanations.map((explanation) => explanation.id);
        if (!found.includes(entry.id)) missed.push(`${entry.id}: ${symptom.text} -> ${found.join(', ') || 'nothing'}`);
      }
    }
    assert.deepEqual(missed, []);
  });

  it('lists the failures in connection order: negotiation, host key, authentication, then the denial they share', () => {
    const stages = FAILURES.map((entry) => entry.stage);
    const order = ['connection', 'host-key', 'authentication', 'outcome'];
    assert.deepEqual(
      stages.map((stage) => order.indexOf(stage)),
      [...stages.map((stage) => order.indexOf(stage))].sort((a, b) => a - b),
    );
    assert.equal(FAILURES.at(-1)!.id, 'permission-denied-publickey');
  });

  it('gives every fact about other SSH software a first release, a date and a source, and reads each identification string', () => {
    for (const software of SSH_SOFTWARE) {
      for (const fact of software.facts) {
        assert.match(fact.version, /^\d/, `${software.id} ${fact.feature}`);
        assert.match(fact.released, /^\d{4}/, `${software.id} ${fact.feature}`);
        assert.ok(fact.source.length > 20, `${software.id} ${fact.feature}`);
      }
      assert.equal(identifySoftware(`SSH-2.0-${software.example}`)?.software.id, software.id, software.example);
    }
    assert.equal(identifySoftware('SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10'), null);
    assert.equal(identifySoftware('libssh2_1.10.0')?.software.id, 'libssh2', 'libssh2 is not libssh');
    assert.equal(hasFeature('dropbear_2019.78', 'ed25519'), false);
    assert.equal(hasFeature('dropbear_2020.79', 'ed25519'), true);
    assert.equal(hasFeature('dropbear_2013.62', 'ecdsa'), true);
    assert.equal(hasFeature('JSCH-0.1.54', 'rsa-sha2'), false);
    assert.equal(hasFeature('ssh2js1.12.0', 'server-sig-algs'), true);
    assert.equal(hasFeature('OpenSSH_for_Windows_8.1', 'rsa-sha2'), true);
    assert.equal(hasFeature('OpenSSH_7.1p2', 'rsa-sha2'), false);
    assert.equal(hasFeature('Go', 'rsa-sha2'), null, 'Go sends no version');
    assert.equal(hasFeature('SomethingElse_1.0', 'ed25519'), null);
  });

  it('docs/troubleshooting.md lists every failure and every other SSH software with its sources', () => {
    const page = readFileSync(new URL('../../docs/troubleshooting.md', import.meta.url), 'utf8');
    for (const entry of FAILURES) assert.ok(page.includes(`<a id="${entry.id}"></a>`), entry.id);
    for (const software of SSH_SOFTWARE) {
      assert.ok(page.includes(`### ${software.name}`), software.name);
      for (const fact of software.facts)
        assert.ok(
          page.includes(`${software.name} ${fact.version}`) && page.includes(fact.source.slice(0, 40)),
          `${software.name} ${fact.feature}`,
        );
    }
    for (const peer of ['Dropbear', 'libssh', 'Cisco IOS', 'MikroTik RouterOS', 'OpenSSH for Windows'])
      assert.match(page, new RegExp(`### ${peer}\\n`), peer);
  });

  it('docs/troubleshooting.md is what the script generates', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/troubleshooting-doc.ts', '--check'], { cwd: ROOT, stdio: 'pipe' });
  });
});
