/**
 * Lists the files to scan with glob: dot-files included, .git and node_modules pruned, symlinks never
 * followed out of the scan root or round a loop. Whatever is not scanned comes back as a skipped entry.
 */
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob } from 'glob';
import { UsageError } from './errors.js';
import type { Skipped } from './types.js';
import { trimTrailing } from './text-scan.js';

export interface FileToScan {
  absolute: string;
  /** Relative to the report root, forward slashes. */
  path: string;
}

export interface Discovery {
  files: FileToScan[];
  skipped: Skipped[];
}

const ALWAYS_EXCLUDED = ['**/.git/**', '**/node_modules/**', '.git/**', 'node_modules/**'];

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

function describeLinkError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ELOOP') return 'symlink loop: the link resolves back to itself';
  if (error.code === 'ENOENT') return 'broken symlink: its target does not exist';
  return `symlink could not be resolved (${error.code ?? 'unknown error'})`;
}

function resolveLink(absolute: string, scanRoot: string, root: string): { target?: string; skipped?: string } {
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch (error) {
    return { skipped: describeLinkError(error as NodeJS.ErrnoException) };
  }
  if (!isInside(scanRoot, target)) return { skipped: 'symlink points outside the scan root, not followed' };
  if (statSync(target).isDirectory()) {
    return { skipped: `symlink to the directory ${reportPath(root, target)}, which is scanned at its own path` };
  }
  return { target };
}

export async function discover(
  paths: readonly string[],
  root: string,
  include: readonly string[],
  exclude: readonly string[],
): Promise<Discovery> {
  const files: FileToScan[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, real: string): void => {
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ absolute, path: reportPath(root, absolute) });
  };

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
    if (!stats.isDirectory()) {
      add(absolute, realpathSync(absolute));
      continue;
    }
    const scanRoot = realpathSync(absolute);
    const entries = await glob(include.length > 0 ? [...include] : '**', {
      cwd: absolute,
      dot: true,
      nodir: true,
      follow: false,
      withFileTypes: true,
      ignore: [...ALWAYS_EXCLUDED, ...expandExclude(exclude)],
    });
    const linked: FileToScan[] = [];
    for (const entry of entries) {
      const entryPath = entry.fullpath();
      if (!entry.isSymbolicLink()) {
        add(entryPath, entryPath.startsWith(absolute) ? scanRoot + entryPath.slice(absolute.length) : entryPath);
        continue;
      }
      const link = resolveLink(entryPath, scanRoot, root);
      if (link.skipped) skipped.push({ path: reportPath(root, entryPath), reason: link.skipped });
      else linked.push({ absolute: entryPath, path: link.target! });
    }
    // A link to a file inside the root is scanned once, at the file's own path when that is listed too.
    for (const link of linked) {
      if (seen.has(link.path)) {
        skipped.push({
          path: reportPath(root, link.absolute),
          reason: `symlink to ${reportPath(root, link.path)}, which is scanned at its own path`,
        });
      } else {
        add(link.absolute, link.path);
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}
