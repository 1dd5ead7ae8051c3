/**
 * Lists the files to scan with a direct directory walk (readdir with file types, one call per directory):
 * dot-files included, .git and node_modules pruned, symlinks never followed out of the scan root or round a
 * loop. --include/--exclude keep glob's pattern language (minimatch, dot: true); patterns a walk from the
 * scan root cannot answer (absolute, or climbing with ..) go through glob itself. Whatever is not scanned
 * comes back as a skipped entry.
 *
 * Reported paths: relative to the root (the working directory) for files under it, however PATH was
 * spelled; outside it, absolute when PATH was typed absolute, and `../` only when the user typed it.
 * A name that is not valid UTF-8 is kept as bytes (`open`) from the walk to the read, and reported with its
 * invalid bytes escaped as `\xHH`.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { UsageError } from './errors.js';
import type { Skipped } from './types.js';
import { trimTrailing } from './text-scan.js';

export interface FileToScan {
  /** Absolute path; for a name that is not valid UTF-8, its escaped form (open with `open`). */
  absolute: string;
  /** As reported: relative to the root or absolute, as the PATH was typed; forward slashes. */
  path: string;
  /** What to open when it is not `absolute`: the raw bytes of a non-UTF-8 name, or a link's target. */
  open?: string | Buffer;
  /** Device and inode seen at discovery: the file opened must be this one (not a file swapped in since). */
  dev?: number;
  ino?: number;
}

export interface Discovery {
  files: FileToScan[];
  skipped: Skipped[];
}

const PRUNED = new Set(['.git', 'node_modules']);
const ALWAYS_EXCLUDED = ['**/.git/**', '**/node_modules/**', '.git/**', 'node_modules/**'];

/** `absolute` relative to `root` with forward slashes (`.` for the root itself). */
export function reportPath(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A directory name in an exclude pattern means everything below it too, as users expect from `--exclude vendor`. */
function expandExclude(patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => {
    // glob's ignore patterns never match a leading ./ (its include patterns do), so `--exclude ./vendor`
    // silently excluded nothing.
    const trimmed = trimTrailing(pattern.replace(/^(\.\/)+/, ''), '/');
    // As in .gitignore, a pattern without a slash matches at any depth: `--exclude vendor` skips lib/vendor too.
    const anchored = trimmed.includes('/') ? trimmed : `**/${trimmed}`;
    return anchored.endsWith('/**') ? [anchored] : [anchored, `${anchored}/**`];
  });
}

/**
 * Escapes the bytes of a name that are not valid UTF-8 as `\xHH` (and a backslash as `\\` only then, so
 * the escaped form cannot be mistaken for a name that is spelled that way).
 */
export function escapeName(bytes: Buffer): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  for (let index = 0; index < bytes.length;) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let char: string | null = null;
    if (length > 0 && index + length <= bytes.length) {
      try {
        char = decoder.decode(bytes.subarray(index, index + length));
      } catch {
        char = null;
      }
    }
    if (char === null) {
      out += `\\x${lead.toString(16).toUpperCase().padStart(2, '0')}`;
      index++;
    } else {
      out += char === '\\' ? '\\\\' : char;
      index += length;
    }
  }
  return out;
}

function describeLinkError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ELOOP') return 'symlink loop: the link resolves back to itself';
  if (error.code === 'ENOENT') return 'broken symlink: its target does not exist';
  return `symlink could not be resolved (${error.code ?? 'unknown error'})`;
}

/** Where a directory's files are: on disk (string, or bytes below a non-UTF-8 name), for patterns, in the report. */
interface Place {
  absolute: string | Buffer;
  /** The real path, symlinks resolved (or its escaped form below a non-UTF-8 name). */
  real: string;
  /** Relative to the walked root, for the patterns; '' for the root itself. */
  relative: string;
  /** Prefix of reported paths: '' or ending in '/'. */
  shown: string;
}

const MATCH_OPTIONS: MinimatchOptions = { dot: true, nocomment: true, nonegate: true, optimizationLevel: 2 };

function matchers(patterns: readonly string[]): Minimatch[] {
  // glob strips leading ./ from its patterns (glob issue 570); the walk's relative paths never have one.
  return patterns.map((pattern) => new Minimatch(pattern.replace(/^(\.\/)+/, ''), MATCH_OPTIONS));
}

/** Whether a walk from the scan root can answer every include pattern; else glob walks for them. */
function walkable(include: readonly string[]): boolean {
  return include.every((pattern) => !isAbsolute(pattern) && !/(^|\/)\.\.(\/|$)/.test(pattern));
}

interface Walk {
  /** Whether any pattern applies (else no relative path is matched). */
  patterns: boolean;
  include: Minimatch[] | null;
  ignored: Minimatch[];
  /** Ignore patterns ending in /**: a directory they match is not entered at all. */
  ignoredChildren: Minimatch[];
}

function walkOptions(include: readonly string[], exclude: readonly string[]): Walk {
  const ignored = matchers(expandExclude(exclude));
  return {
    patterns: include.length > 0 || ignored.length > 0,
    include: include.length > 0 ? matchers(include) : null,
    ignored,
    ignoredChildren: ignored.filter((matcher) => matcher.globParts.some((parts) => parts[parts.length - 1] === '**')),
  };
}

type Entry = { kind: 'file' | 'link'; absolute: string | Buffer; real: string; shown: string; open?: Buffer };

function child(place: Place, name: string | Buffer): Place {
  const escaped = typeof name === 'string' ? name : escapeName(name);
  const absolute =
    typeof name === 'string' && typeof place.absolute === 'string'
      ? `${place.absolute}/${name}`
      : Buffer.concat([Buffer.from(place.absolute), Buffer.from('/'), Buffer.from(name)]);
  return {
    absolute,
    real: `${place.real}/${escaped}`,
    relative: place.relative === '' ? escaped : `${place.relative}/${escaped}`,
    shown: `${place.shown}${escaped}/`,
  };
}

/** Lists one directory; a name that does not survive decoding as UTF-8 is listed again as bytes. */
function listDirectory(absolute: string | Buffer): Array<Dirent<string> | Dirent<Buffer>> {
  if (typeof absolute === 'string') {
    const entries = readdirSync(absolute, { withFileTypes: true });
    if (!entries.some((entry) => entry.name.includes('\uFFFD'))) return entries;
  }
  const raw = readdirSync(absolute, { withFileTypes: true, encoding: 'buffer' });
  return raw.map((entry) => {
    const name = entry.name.toString('utf8');
    // A real U+FFFD in a valid name encodes back to the same bytes; a replaced invalid byte does not.
    return Buffer.from(name).equals(entry.name) ? Object.assign(entry, { name }) : entry;
  }) as Array<Dirent<string> | Dirent<Buffer>>;
}

function walkTree(root: Place, walk: Walk, found: Entry[], skipped: Skipped[], onListed?: (count: number) => void): void {
  const pending: Place[] = [root];
  for (let place = pending.pop(); place; place = pending.pop()) {
    onListed?.(found.length);
    let entries;
    try {
      entries = listDirectory(place.absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      skipped.push({
        path: place.shown.slice(0, -1) || '.',
        reason: code === 'EACCES' ? 'directory unreadable: permission denied' : `directory unreadable (${code ?? 'unknown error'})`,
      });
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (typeof name === 'string' && PRUNED.has(name)) continue;
      const escaped = typeof name === 'string' ? name : escapeName(name);
      // Only patterns read it: without --include/--exclude no string is built for it.
      const relativePath = walk.patterns ? (place.relative === '' ? escaped : `${place.relative}/${escaped}`) : '';
      if (entry.isDirectory()) {
        if (walk.ignoredChildren.some((matcher) => matcher.match(relativePath))) continue;
        if (walk.include && !walk.include.some((matcher) => matcher.match(relativePath, true))) continue;
        pending.push(child(place, name));
        continue;
      }
      if (walk.ignored.some((matcher) => matcher.match(relativePath))) continue;
      if (walk.include && !walk.include.some((matcher) => matcher.match(relativePath))) continue;
      const isLink = entry.isSymbolicLink();
      if (typeof name === 'string' && typeof place.absolute === 'string') {
        found.push({
          kind: isLink ? 'link' : 'file',
          absolute: `${place.absolute}/${name}`,
          real: `${place.real}/${name}`,
          shown: place.shown + name,
        });
      } else {
        const at = child(place, name);
        found.push({ kind: isLink ? 'link' : 'file', absolute: at.absolute, real: at.real, shown: place.shown + escaped });
      }
    }
  }
}

/** The same entries through glob, for include patterns a walk from the root cannot answer. */
async function globTree(root: Place, include: readonly string[], exclude: readonly string[], found: Entry[]): Promise<void> {
  const { glob } = await import('glob');
  const absolute = root.absolute as string;
  const entries = await glob([...include], {
    cwd: absolute,
    dot: true,
    nodir: true,
    follow: false,
    withFileTypes: true,
    ignore: [...ALWAYS_EXCLUDED, ...expandExclude(exclude)],
  });
  for (const entry of entries) {
    const entryPath = entry.fullpath();
    const inside = isInside(absolute, entryPath);
    const rel = relative(absolute, entryPath).split(sep).join('/');
    found.push({
      kind: entry.isSymbolicLink() ? 'link' : 'file',
      absolute: entryPath,
      real: inside ? `${root.real}/${rel}` : entryPath,
      shown: inside ? root.shown + rel : entryPath,
    });
  }
}

/**
 * How a PATH is shown: relative to the root when it is under it (however it was typed); outside the root,
 * with the `../` the user typed, or absolute when typed absolute, never a climb the user did not type.
 */
function shownAs(given: string, root: string, absolute: string): string {
  const rel = reportPath(root, absolute);
  if (!isAbsolute(given) || !(rel === '..' || rel.startsWith('../') || isAbsolute(rel))) return rel;
  return absolute.split(sep).join('/');
}

export async function discover(
  paths: readonly string[],
  root: string,
  include: readonly string[],
  exclude: readonly string[],
  onListed?: (count: number) => void,
): Promise<Discovery> {
  const files: FileToScan[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const walk = walkOptions(include, exclude);

  for (const given of paths) {
    const absolute = resolve(root, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UsageError(`path not found: ${given}`);
      if (code === 'ELOOP') throw new UsageError(`path is a symlink loop: ${given}`);
      throw new UsageError(`path cannot be read: ${given} (${code})`);
    }
    const shown = shownAs(given, root, absolute);
    if (!stats.isDirectory()) {
      const real = realpathSync(absolute);
      if (seen.has(real)) continue;
      seen.add(real);
      // A file named on the command line is read at its target, whatever links led there.
      files.push({ absolute, path: shown, open: real, dev: stats.dev, ino: stats.ino });
      continue;
    }
    const scanRoot = realpathSync(absolute);
    const top: Place = { absolute, real: scanRoot, relative: '', shown: shown === '.' ? '' : shown.endsWith('/') ? shown : `${shown}/` };
    const found: Entry[] = [];
    if (include.length === 0 || walkable(include)) walkTree(top, walk, found, skipped, onListed);
    else await globTree(top, include, exclude, found);
    // Shown as the report shows it: inside the scan root, under the PATH as typed.
    const showReal = (target: string): string => (isInside(scanRoot, target) ? top.shown + reportPath(scanRoot, target) : target);
    const linked: Array<{ entry: Entry; target: string }> = [];
    for (const entry of found) {
      if (entry.kind === 'file') {
        if (seen.has(entry.real)) continue;
        seen.add(entry.real);
        let identity: { dev: number; ino: number } | undefined;
        try {
          identity = lstatSync(entry.absolute);
        } catch {
          identity = undefined; // gone since the listing: the read says why
        }
        if (typeof entry.absolute === 'string') {
          files.push(
            identity
              ? { absolute: entry.absolute, path: entry.shown, dev: identity.dev, ino: identity.ino }
              : { absolute: entry.absolute, path: entry.shown },
          );
        } else {
          const file: FileToScan = { absolute: escapeName(entry.absolute), path: entry.shown, open: entry.absolute };
          if (identity) Object.assign(file, { dev: identity.dev, ino: identity.ino });
          files.push(file);
        }
        continue;
      }
      if (typeof entry.absolute !== 'string') {
        skipped.push({ path: entry.shown, reason: 'symlink whose name is not valid UTF-8, not followed' });
        continue;
      }
      let target: string;
      try {
        target = realpathSync(entry.absolute);
      } catch (error) {
        skipped.push({ path: entry.shown, reason: describeLinkError(error as NodeJS.ErrnoException) });
        continue;
      }
      if (!isInside(scanRoot, target)) {
        skipped.push({ path: entry.shown, reason: 'symlink points outside the scan root, not followed' });
        continue;
      }
      let targetStats;
      try {
        targetStats = statSync(target);
      } catch (error) {
        skipped.push({ path: entry.shown, reason: describeLinkError(error as NodeJS.ErrnoException) });
        continue;
      }
      if (targetStats.isDirectory()) {
        skipped.push({ path: entry.shown, reason: `symlink to the directory ${showReal(target)}, which is scanned at its own path` });
        continue;
      }
      linked.push({ entry, target });
    }
    // A link to a file inside the root is scanned once, at the file's own path when that is listed too.
    for (const { entry, target } of linked) {
      if (seen.has(target)) {
        skipped.push({ path: entry.shown, reason: `symlink to ${showReal(target)}, which is scanned at its own path` });
        continue;
      }
      seen.add(target);
      let identity: { dev: number; ino: number } | undefined;
      try {
        identity = lstatSync(target);
      } catch {
        identity = undefined;
      }
      files.push({
        absolute: entry.absolute as string,
        path: entry.shown,
        open: target,
        ...(identity ? { dev: identity.dev, ino: identity.ino } : {}),
      });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}
