import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { RULES } from '../../src/core/rules.js';
import { REPO_ROOT, runAction } from '../helpers/action.js';
import { assertValid, githubRulesConfig, validate } from '../helpers/sarif-validator.js';
import { buildKeyTree, leakedSlices, shiftDown, suiteDirs, WEAK_RSA_PATH, type KeyTree } from '../helpers/key-tree.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; 'security-severity': unknown };
}

interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; rules: SarifRule[] } }; automationDetails: { id: string }; results: SarifResult[] }[];
}

const CLI = join(REPO_ROOT, 'dist/cli.js');

/** The rules the tree produces a finding of (every rule in the catalogue that ssh-keygen can make a key for). */
const PRODUCED_RULES = [
  'private-key',
  'dsa-key',
  'weak-rsa-key',
  'legacy-rsa-key',
  'invalid-key',
  'duplicate-key',
  'cert-sha1-signature',
  'cert-expired',
  'cert-no-expiry',
];

// Written by hand: SARIF has no "notice"; its lowest level is "note".
const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', notice: 'note' };

function readSarif(path: string): SarifLog {
  return JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
}

function runCli(cwd: string, output: string): void {
  const child = spawnSync(process.execPath, [CLI, '--format', 'sarif', '--output', output, '.'], { cwd, encoding: 'utf8' });
  // 1: the tree holds error findings; anything else means the CLI did not get as far as the report.
  assert.equal(child.status, 1, child.stderr);
}

describe('SARIF for GitHub code scanning', () => {
  const tempDir = suiteDirs();
  let tree: KeyTree;
  let out: string;
  let githubRules: string;
  let cliSarif: string;
  let actionSarif: string;

  before(() => {
    out = tempDir('ska-sarif-');
    githubRules = githubRulesConfig(out);

    tree = buildKeyTree(tempDir('ska-tree-'));
    cliSarif = join(out, 'cli.sarif');
    runCli(tree.root, cliSarif);
    actionSarif = join(out, 'action.sarif');
    const action = runAction(tree.root, { 'sarif-file': actionSarif, 'report-file': join(out, 'action.json'), 'fail-on': 'never' });
    assert.equal(action.status, 0, action.stdout);
  });

  it("runs GitHub's ingestion rules (they reject a result without a region or with an absolute path)", () => {
    const broken = readSarif(cliSarif);
    const location = broken.runs[0]!.results[0]!.locations[0]!.physicalLocation as Record<string, unknown>;
    delete location['region'];
    location['artifactLocation'] = { uri: `file://${tree.root}/keys/id_ed25519` };
    const file = join(out, 'broken.sarif');
    writeFileSync(file, JSON.stringify(broken, null, 2));
    const outcome = validate(file, githubRules);
    const rules = outcome.findings.filter((finding) => finding.level === 'error').map((finding) => finding.ruleId);
    assert.ok(rules.includes('GH1003'), outcome.console);
    assert.ok(rules.includes('GH1006'), outcome.console);
  });

  it('passes the validator as the CLI writes it (--format sarif --output)', () => {
    assertValid(validate(cliSarif, githubRules));
  });

  it("passes the validator as the Action writes it (sarif-file), and equals the CLI's", () => {
    assertValid(validate(actionSarif, githubRules));
    assert.deepEqual(readSarif(actionSarif), readSarif(cliSarif));
  });

  it('has one run with one result per finding, at its file and line, at the level of its severity', () => {
    const sarif = readSarif(cliSarif);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0]!;
    assert.equal(run.tool.driver.name, 'ssh-key-audit');
    assert.equal(run.automationDetails.id, 'ssh-key-audit/');
    assert.deepEqual(
      run.results.map((result) => {
        const { artifactLocation, region } = result.locations[0]!.physicalLocation;
        return {
          rule: result.ruleId,
          level: result.level,
          uri: artifactLocation.uri,
          base: artifactLocation.uriBaseId,
          line: region.startLine,
        };
      }),
      tree.expected.map((finding) => ({
        rule: finding.rule,
        level: LEVEL[finding.severity],
        // A comma and a space are not URI characters: RFC 3986 percent-encoding.
        uri: finding.path === 'keys/weak, old.pub' ? 'keys/weak%2C%20old.pub' : finding.path,
        base: '%SRCROOT%',
        line: finding.line,
      })),
    );
  });

  it('points every result at its rule by id and by index', () => {
    const run = readSarif(cliSarif).runs[0]!;
    const rules = run.tool.driver.rules;
    for (const result of run.results) {
      assert.ok(
        rules.some((rule) => rule.id === result.ruleId),
        `${result.ruleId} is not in driver.rules`,
      );
      assert.equal(rules[result.ruleIndex]?.id, result.ruleId);
    }
    assert.deepEqual(new Set(run.results.map((result) => result.ruleId)), new Set(PRODUCED_RULES));
  });

  it('describes every rule of the catalogue with markdown help and a security-severity', () => {
    const rules = readSarif(cliSarif).runs[0]!.tool.driver.rules;
    assert.deepEqual(
      rules.map((rule) => rule.id),
      RULES.map((rule) => rule.id),
    );
    for (const rule of rules) {
      const catalogue = RULES.find((entry) => entry.id === rule.id)!;
      assert.equal(rule.defaultConfiguration.level, LEVEL[catalogue.severity], rule.id);
      assert.equal(rule.shortDescription.text, catalogue.title);
      assert.ok(rule.help.markdown.includes(catalogue.fix), rule.id);
      assert.notEqual(rule.name, rule.id);
      assert.ok(rule.properties.tags.includes('security'), rule.id);
      // GitHub reads security-severity only as a string holding a number from 0.1 to 10.0.
      const severity = rule.properties['security-severity'];
      assert.equal(typeof severity, 'string', rule.id);
      assert.match(severity as string, /^\d{1,2}\.\d$/, rule.id);
      assert.ok(Number(severity) >= 0.1 && Number(severity) <= 10, rule.id);
    }
    const severityOf = (id: string): number => Number(rules.find((rule) => rule.id === id)!.properties['security-severity']);
    assert.ok(severityOf('private-key') >= 9, 'a committed private key is critical');
    assert.ok(severityOf('cert-no-expiry') < 4, 'a certificate without expiry is low');
  });

  it('keeps partial fingerprints when a finding moves down a line, and tells different keys apart', () => {
    const moved = tempDir('ska-moved-');
    cpSync(tree.root, moved, { recursive: true });
    shiftDown(join(moved, 'config/authorized_keys'));
    shiftDown(join(moved, 'certs/expired-cert.pub'));
    const movedSarif = join(out, 'moved.sarif');
    runCli(moved, movedSarif);

    const before = readSarif(cliSarif).runs[0]!.results;
    const after = readSarif(movedSarif).runs[0]!.results;
    assert.equal(after.length, before.length);
    let shifted = 0;
    before.forEach((result, index) => {
      const other = after[index]!;
      const line = result.locations[0]!.physicalLocation.region.startLine;
      const uri = result.locations[0]!.physicalLocation.artifactLocation.uri;
      const moves = uri === 'config/authorized_keys' || uri === 'certs/expired-cert.pub';
      if (moves) shifted++;
      assert.equal(other.ruleId, result.ruleId);
      assert.equal(other.locations[0]!.physicalLocation.region.startLine, moves ? line + 1 : line);
      assert.deepEqual(other.partialFingerprints, result.partialFingerprints, `${result.ruleId} at ${uri}:${line}`);
    });
    assert.equal(shifted, 5);

    // The two RSA keys of one authorized_keys file: same rule, same file, different keys.
    const [alice, bob] = before.filter(
      (result) =>
        result.ruleId === 'legacy-rsa-key' && result.locations[0]!.physicalLocation.artifactLocation.uri === 'config/authorized_keys',
    );
    assert.ok(alice && bob);
    assert.notDeepEqual(alice.partialFingerprints, bob.partialFingerprints);
    const all = before.map((result) => JSON.stringify(result.partialFingerprints));
    assert.equal(new Set(all).size, all.length, 'every finding has its own fingerprint');
    // Code scanning computes primaryLocationLineHash itself; a different value of ours would be kept over it.
    for (const result of before) assert.equal(result.partialFingerprints['primaryLocationLineHash'], undefined);
  });

  it('keeps suppressed findings as results with suppressions, and still passes the validator', () => {
    const accepted = tempDir('ska-suppressed-');
    cpSync(tree.root, accepted, { recursive: true });
    const weak = join(accepted, WEAK_RSA_PATH);
    writeFileSync(weak, `# ssh-key-audit: ignore weak-rsa-key -- kept for the lab switch\n${readFileSync(weak, 'utf8')}`);
    writeFileSync(join(accepted, '.ssh-key-audit.yml'), 'allow:\n  - path: certs\n    reason: CA test material\n    expires: 2999-12-31\n');
    const everything = spawnSync(process.execPath, [CLI, '--write-baseline', 'all.json', '.'], { cwd: accepted, encoding: 'utf8' });
    assert.equal(everything.status, 0, everything.stderr);
    const all = JSON.parse(readFileSync(join(accepted, 'all.json'), 'utf8')) as { findings: { rule: string }[] };
    writeFileSync(
      join(accepted, 'baseline.json'),
      JSON.stringify({ ...all, findings: all.findings.filter((entry) => entry.rule === 'duplicate-key') }),
    );
    const file = join(out, 'suppressed.sarif');
    const child = spawnSync(process.execPath, [CLI, '--format', 'sarif', '--output', file, '--baseline', 'baseline.json', '.'], {
      cwd: accepted,
      encoding: 'utf8',
    });
    assert.equal(child.status, 1, child.stderr);
    assertValid(validate(file, githubRules));

    const results = readSarif(file).runs[0]!.results as (SarifResult & { suppressions?: unknown[] })[];
    assert.equal(results.length, tree.expected.length, 'suppressed findings are results too');
    const suppressions = results
      .filter((result) => result.suppressions)
      .map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri, result.suppressions]);
    assert.deepEqual(suppressions, [
      [
        'cert-expired',
        'certs/expired-cert.pub',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'CA test material',
            properties: { source: '.ssh-key-audit.yml:2', suppressedBy: 'policy', expires: '2999-12-31' },
          },
        ],
      ],
      [
        'cert-sha1-signature',
        'certs/expired-cert.pub',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'CA test material',
            properties: { source: '.ssh-key-audit.yml:2', suppressedBy: 'policy', expires: '2999-12-31' },
          },
        ],
      ],
      [
        'cert-no-expiry',
        'certs/forever-cert.pub',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'CA test material',
            properties: { source: '.ssh-key-audit.yml:2', suppressedBy: 'policy', expires: '2999-12-31' },
          },
        ],
      ],
      [
        'duplicate-key',
        'deploy/a.pub',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'accepted in the baseline',
            properties: { source: 'baseline.json', suppressedBy: 'baseline' },
          },
        ],
      ],
      [
        'duplicate-key',
        'deploy/b.pub',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'accepted in the baseline',
            properties: { source: 'baseline.json', suppressedBy: 'baseline' },
          },
        ],
      ],
      [
        'weak-rsa-key',
        'keys/weak%2C%20old.pub',
        [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: 'kept for the lab switch',
            properties: { source: `${WEAK_RSA_PATH}:1`, suppressedBy: 'inline' },
          },
        ],
      ],
    ]);
  });

  it('holds no private key material', () => {
    for (const file of [cliSarif, actionSarif]) assert.deepEqual(leakedSlices(readFileSync(file, 'utf8'), tree.privateBodies), []);
  });
});
