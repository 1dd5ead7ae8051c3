/**
 * Include resolved inside the scanned tree, never on the machine running the scan. An Include names a path
 * on the target machine: `/etc/ssh/sshd_config.d/*.conf`, `/etc/crypto-policies/back-ends/…`,
 * `~/.ssh/config.d/*`, or a relative path that OpenSSH takes from /etc/ssh or ~/.ssh. It is mapped onto the
 * copy of that machine's files the repository holds: the prefix before `etc/` of the including file
 * (`rootfs/`, `roles/x/files/`, `rhel9/`), the directory that plays /etc/ssh or ~/.ssh (where the config the
 * evaluation started from stands), or the top of the tree. Globs (glob(3): `*`, `?`, `[…]` within one path
 * segment, sorted) are matched against the list of files the scan discovered, held in memory: no directory
 * is read from disk, and each pattern is matched once per scan.
 */
import { posix } from 'node:path';
import { minimatch } from 'minimatch';
import type { ConfigSource } from './effective.js';
import { parseConfig, type Directive } from './parse-config.js';

const GLOB = /[*?[]/;

export interface IncludeResolution {
  files: string[];
  /** False when no directory of the tree plays the place the Include names: its settings are unknown. */
  found: boolean;
}

export class TreeSource implements ConfigSource {
  private index: { files: Set<string>; children: Map<string, string[]> } | null = null;
  private readonly texts = new Map<string, string | null>();
  private readonly resolved = new Map<string, IncludeResolution>();
  private readonly byInclude = new Map<string, IncludeResolution>();
  private readonly parsed = new Map<string, Directive[] | null>();

  /**
   * `paths`: the scan's files, relative, forward slashes, iterated once and only when a config reads or
   * includes a file (most trees hold no config). `load` reads one when a config needs it.
   */
  constructor(
    private readonly paths: Iterable<string>,
    private readonly load: (path: string) => string | null,
  ) {}

  /** The files, and each directory ('' for the top) -> its entries (files and directories), sorted. */
  private get tree(): { files: Set<string>; children: Map<string, string[]> } {
    if (this.index) return this.index;
    const files = new Set(this.paths);
    const children = new Map<string, string[]>();
    // A directory's list is made when its first entry is seen, and the directory is then entered in its
    // parent's list: each name once, as the scan lists each file once.
    const listOf = (dir: string): string[] => {
      let list = children.get(dir);
      if (list === undefined) {
        children.set(dir, (list = []));
        if (dir !== '') {
          const slash = dir.lastIndexOf('/');
          listOf(slash === -1 ? '' : dir.slice(0, slash)).push(dir.slice(slash + 1));
        }
      }
      return list;
    };
    for (const path of files) {
      const slash = path.lastIndexOf('/');
      listOf(slash === -1 ? '' : path.slice(0, slash)).push(path.slice(slash + 1));
    }
    for (const list of children.values()) list.sort();
    return (this.index = { files, children });
  }

  /** A text the scan already holds (a config it read), so the file is not read twice. */
  remember(path: string, text: string): void {
    this.texts.set(path, text);
  }

  has(path: string): boolean {
    return this.tree.files.has(path);
  }

  read(path: string): string | null {
    const known = this.texts.get(path);
    if (known !== undefined) return known;
    if (!this.tree.files.has(path)) return null;
    if (!this.texts.has(path)) this.texts.set(path, this.load(path));
    return this.texts.get(path)!;
  }

  directives(path: string): Directive[] | null {
    let directives = this.parsed.get(path);
    if (directives === undefined) {
      const text = this.read(path);
      directives = text === null ? null : parseConfig(text).directives;
      this.parsed.set(path, directives);
    }
    return directives;
  }

  include(fromPath: string, pattern: string, rootPath = fromPath): string[] {
    return this.resolve(fromPath, pattern, rootPath).files;
  }

  /** The files an Include argument names in the tree, and whether the place it names is in the tree at all. */
  resolve(fromPath: string, pattern: string, rootPath = fromPath): IncludeResolution {
    // Only an absolute path depends on where the including file stands (its etc/ prefix).
    const key = pattern.startsWith('/') ? `${systemPrefix(fromPath)}\0${rootPath}\0${pattern}` : `${rootPath}\0${pattern}`;
    let result = this.byInclude.get(key);
    if (result) return result;
    result = { files: [], found: false };
    for (const candidate of candidates(fromPath, pattern, rootPath)) {
      let match = this.resolved.get(candidate);
      if (!match) {
        match = this.glob(candidate);
        this.resolved.set(candidate, match);
      }
      result = match;
      if (match.found) break;
    }
    this.byInclude.set(key, result);
    return result;
  }

  private glob(pattern: string): IncludeResolution {
    const segments = pattern.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.length === 0) return { files: [], found: false };
    const { files, children } = this.tree;
    let dirs = [''];
    let found = true;
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index]!;
      const last = index === segments.length - 1;
      const next: string[] = [];
      if (!GLOB.test(segment)) {
        for (const dir of dirs) {
          const path = dir === '' ? segment : `${dir}/${segment}`;
          if (last ? files.has(path) : children.has(path)) next.push(path);
        }
        // The place exists when the literal part of the path does; an empty glob inside it is an answer.
        if (next.length === 0 && !last) found = false;
      } else {
        for (const dir of dirs) {
          for (const name of children.get(dir) ?? []) {
            if (!minimatch(name, segment, { dot: false, nocomment: true, nonegate: true, noext: true })) continue;
            const path = dir === '' ? name : `${dir}/${name}`;
            if (last ? files.has(path) : children.has(path)) next.push(path);
          }
        }
      }
      dirs = next;
      if (dirs.length === 0) break;
    }
    return { files: dirs.sort(), found: found && (dirs.length > 0 || GLOB.test(segments[segments.length - 1]!)) };
  }
}

/** Where an Include's path can be in the tree, most specific first. */
function candidates(fromPath: string, pattern: string, rootPath: string): string[] {
  const sshDir = configHome(rootPath);
  const out: string[] = [];
  if (pattern.startsWith('~')) {
    const rest = pattern.replace(/^~[^/]*\/?/, '');
    if (rest.startsWith('.ssh/')) addCandidate(out, join(sshDir, rest.slice(5)));
    addCandidate(out, join(posix.dirname(sshDir), rest));
    return out;
  }
  if (pattern.startsWith('/')) {
    const rest = pattern.replace(/^\/+/, '');
    for (const from of [fromPath, rootPath]) {
      const prefix = systemPrefix(from);
      if (prefix !== null) addCandidate(out, prefix + rest);
    }
    if (rest.startsWith('etc/ssh/')) addCandidate(out, join(sshDir, rest.slice('etc/ssh/'.length)));
    addCandidate(out, rest);
    return out;
  }
  addCandidate(out, join(sshDir, pattern));
  return out;
}

function addCandidate(out: string[], path: string): void {
  const normal = posix.normalize(path);
  // A path that climbs out of the tree names nothing the scan may read.
  if (normal === '..' || normal.startsWith('../') || posix.isAbsolute(normal)) return;
  if (!out.includes(normal)) out.push(normal);
}

const join = (dir: string, path: string): string => (dir === '' || dir === '.' ? path : `${dir}/${path}`);

/** The directory that plays /etc/ssh or ~/.ssh for a config: where its etc/ssh/ or .ssh/ is, else its own. */
export function configHome(path: string): string {
  const etc = /(^|\/)etc\/ssh\//.exec(path);
  if (etc) return path.slice(0, etc.index + etc[1]!.length + 'etc/ssh'.length);
  const dot = /(^|\/)\.ssh\//.exec(path);
  if (dot) return path.slice(0, dot.index + dot[1]!.length + '.ssh'.length);
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** What stands for `/` on the target machine: the path before its `etc/` (`rootfs/`, `roles/x/files/`). */
function systemPrefix(path: string): string | null {
  for (let at = path.lastIndexOf('etc/'); at !== -1; at = at === 0 ? -1 : path.lastIndexOf('etc/', at - 1)) {
    if (at === 0 || path[at - 1] === '/') return path.slice(0, at);
  }
  return null;
}
