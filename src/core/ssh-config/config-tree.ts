/**
 * The configuration audit of a whole tree: every ssh_config and sshd_config the scan found is evaluated as
 * OpenSSH evaluates it (walkConfig: Include at its place, inside the tree only; judgeEntries: first value
 * wins), starting from the files no other config includes. A line in force gets the findings of
 * checkSetting, with the blocks it is conditional on; a weak line that an earlier one decides gets at most
 * a `shadowed-setting` notice; an Include naming a place the tree does not hold gets one
 * `include-unresolved` notice.
 */
import { checkSetting, type Setting } from '../checks/config-rules.js';
import { ALGORITHM_OPTIONS } from '../data/algorithms.js';
import { makeFinding } from '../finding.js';
import { liftText } from '../lifted-text.js';
import { DEPRECATED, SERVER_GLOBAL_ONLY } from './keywords.js';
import type { Finding } from '../types.js';
import { walkConfig, type ConfigEntry, type ScopeStep } from './effective.js';
import { isGlobalBlock } from './parse-config.js';
import { judgeEntries, type ConfigKind } from './in-force.js';
import { TreeSource } from './tree-source.js';

// A pathological tree (thousands of configs that include each other under different blocks) stops here,
// with a notice, rather than running for minutes.
const MAX_ENTRIES = 200_000;

/** Keywords checkSetting can report on: the others need no judging here. */
const REPORTABLE = new Set([
  ...Object.keys(ALGORITHM_OPTIONS),
  ...Object.keys(DEPRECATED),
  'stricthostkeychecking',
  'userknownhostsfile',
  'permitrootlogin',
  'passwordauthentication',
  'kbdinteractiveauthentication',
  'permitemptypasswords',
  'hostkey',
]);

function settingOf(entry: ConfigEntry, kind: ConfigKind): Setting {
  const { directive } = entry;
  return {
    keyword: directive.keyword,
    written: directive.written,
    args: directive.args,
    line: directive.line,
    block: directive.block,
    origin: kind,
    scope: entry.scope,
    path: entry.path,
  };
}

export class ConfigTree {
  private readonly kinds = new Map<string, ConfigKind>();

  constructor(readonly source: TreeSource) {}

  /** A file the scan recognised as a config (by name or content), with the text it read. */
  add(path: string, kind: ConfigKind, text: string): void {
    this.kinds.set(path, kind);
    this.source.remember(path, text);
  }

  audit(): Finding[] {
    const paths = [...this.kinds.keys()].sort();
    const included = new Set<string>();
    const marked = new Set<readonly string[]>();
    for (const path of paths) {
      for (const directive of this.source.directives(path) ?? []) {
        if (directive.keyword !== 'include') continue;
        for (const pattern of directive.args) {
          const files = this.source.resolve(path, pattern).files;
          // The same glob from many files resolves to the same list: mark it once.
          if (marked.has(files)) continue;
          marked.add(files);
          for (const file of files) if (file !== path) included.add(file);
        }
      }
    }
    const findings = new Map<string, Finding>();
    const reached = new Set<string>();
    let budget = MAX_ENTRIES;
    const roots = [...paths.filter((path) => !included.has(path)), ...paths.filter((path) => included.has(path))];
    for (const root of roots) {
      if (reached.has(root)) continue;
      if (budget <= 0) break;
      const kind = this.kinds.get(root)!;
      reached.add(root);
      const entries = walkConfig(root, this.source, {
        onInclude: (entry, pattern, files) => {
          for (const file of files) reached.add(file);
          if (!this.source.resolve(entry.path, pattern, root).found) this.unresolved(findings, entry, pattern);
        },
      });
      budget -= entries.length;
      for (const { entry, shadowedBy } of judgeEntries(entries, kind)) {
        reached.add(entry.path);
        // sshd refuses the whole file, so this line is in force nowhere: that is the finding, not its value.
        if (kind === 'server' && SERVER_GLOBAL_ONLY.has(entry.directive.keyword) && entry.scope.some(refusesGlobalOnly)) {
          keep(findings, this.notAllowedInMatch(entry));
          continue;
        }
        if (!REPORTABLE.has(entry.directive.keyword)) continue;
        const found = checkSetting(settingOf(entry, kind), entry.path);
        if (found.length === 0) continue;
        if (!shadowedBy) {
          for (const finding of found) keep(findings, finding);
          continue;
        }
        // Only a weak line overruled by a different value is worth a word: if the deciding line is weak
        // the same way, its own finding says it all.
        const decidingRules = new Set(checkSetting(settingOf(shadowedBy, kind), shadowedBy.path).map((finding) => finding.rule));
        if (found.every((finding) => decidingRules.has(finding.rule))) continue;
        keep(findings, this.shadowed(entry, shadowedBy, kind));
      }
    }
    return [...findings.values()];
  }

  private notAllowedInMatch(entry: ConfigEntry): Finding {
    const match = [...entry.scope].reverse().find(refusesGlobalOnly)!;
    const where = match.path === entry.path ? '' : ` of ${match.path} that includes this file`;
    const block = `"Match ${liftText(match.block.criteria.join(' '))}" block (line ${match.block.line})${where}`;
    return makeFinding(
      'not-allowed-in-match',
      { path: entry.path, line: entry.directive.line, fingerprint: null },
      `sshd refuses to start with ${liftText(entry.directive.written)} inside the ${block}, as it is a global-only option; move it above the first Match line of the main sshd_config.`,
    );
  }

  private unresolved(findings: Map<string, Finding>, entry: ConfigEntry, pattern: string): void {
    keep(
      findings,
      makeFinding(
        'include-unresolved',
        { path: entry.path, line: entry.directive.line, fingerprint: null },
        `Include ${pattern} names files this repository does not hold, so the settings they make were not audited; commit them in the same layout (etc/ssh/...) or accept this notice.`,
      ),
    );
  }

  private shadowed(entry: ConfigEntry, by: ConfigEntry, kind: ConfigKind): Finding {
    const { directive } = entry;
    const written = `${directive.written} ${directive.args.join(' ')}`.trim();
    const deciding = `${by.directive.written} ${by.directive.args.join(' ')}`.trim();
    const place = by.path === entry.path ? `line ${by.directive.line}` : `${by.path} line ${by.directive.line}`;
    const program = kind === 'server' ? 'sshd' : 'ssh';
    const how =
      by.scope.length > 0 && entry.scope.length === 0 && kind === 'server'
        ? `the "${deciding}" in the Match block at ${place} overrides it for every connection`
        : `"${deciding}" at ${place} comes first and ${program} keeps the first value`;
    return makeFinding(
      'shadowed-setting',
      { path: entry.path, line: directive.line, fingerprint: null },
      `${written} has no effect: ${how}; delete this line or make it agree.`,
    );
  }
}

/**
 * servconf.c refuses a global-only keyword in a Match block that is inactive while sshd reads its config at
 * start-up (no connection yet): every Match but `Match all`, which is active then and sets the option for all.
 */
function refusesGlobalOnly(step: ScopeStep): boolean {
  return step.block.kind === 'match' && !isGlobalBlock(step.block);
}

function keep(findings: Map<string, Finding>, finding: Finding): void {
  const key = `${finding.path}\0${finding.line}\0${finding.rule}\0${finding.message}`;
  if (!findings.has(key)) findings.set(key, finding);
}

/** One config on its own (a blob from history): the same evaluation, with nothing to include. */
export function auditStandaloneConfig(path: string, kind: ConfigKind, text: string): Finding[] {
  const source = new TreeSource([path], () => null);
  const tree = new ConfigTree(source);
  tree.add(path, kind, text);
  return tree.audit().filter((finding) => finding.rule !== 'include-unresolved');
}
