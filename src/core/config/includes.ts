/**
 * Include in ssh_config / sshd_config: the files a config includes are configs of the same kind even when
 * their name or size would not say so. Arguments are resolved relative to the including file (the layout
 * of a repository's .ssh/ or /etc/ssh/ copy) with glob patterns, and only files the scan itself lists,
 * inside its roots and not excluded, are followed.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { globSync } from 'glob';
import type { FileToScan } from '../discover.js';
import type { ConfigKind } from '../config-audit.js';

// readconf.c and servconf.c stop at 16 levels of Include.
const MAX_DEPTH = 16;

export class IncludeTracker {
  private readonly audited = new Set<string>();
  private readonly queued = new Map<string, { file: FileToScan; kind: ConfigKind; depth: number }>();
  private readonly byAbsolute: Map<string, FileToScan>;

  constructor(files: readonly FileToScan[]) {
    this.byAbsolute = new Map(files.map((file) => [file.absolute, file]));
  }

  /** Records a file that was audited as a config and queues what it includes. */
  note(file: FileToScan, kind: ConfigKind, includes: readonly string[], depth = 0): void {
    this.audited.add(file.absolute);
    this.queued.delete(file.absolute);
    if (depth >= MAX_DEPTH) return;
    for (const pattern of includes) {
      const absolutePattern = isAbsolute(pattern) ? pattern : resolve(dirname(file.absolute), pattern);
      for (const match of globSync(absolutePattern.replace(/\\/g, '/'), { nodir: true, dot: true }).sort()) {
        const target = this.byAbsolute.get(match);
        if (target && !this.audited.has(match) && !this.queued.has(match)) this.queued.set(match, { file: target, kind, depth: depth + 1 });
      }
    }
  }

  /** The next included file not yet audited as a config, or undefined when there is none. */
  next(): { file: FileToScan; kind: ConfigKind; depth: number } | undefined {
    const first = this.queued.values().next();
    return first.done ? undefined : first.value;
  }
}
