// The share of a run's CPU time spent inside named functions, read from a V8 CPU profile
// (`node --cpu-prof`). A sample counts when any frame of its stack is one of the named functions or a
// method of one of the named classes, so the time of everything they call (regular expressions, Buffer
// searches, the parsers) counts with them, and a frame V8 inlined still counts (the profiler reports
// inlined frames by their source positions). Names are matched in the bundle as esbuild writes it
// (`function NAME(`, `var NAME = class {` up to the `};` that closes it at column 0), so the same list
// works on a one-file bundle and on a bundle split in chunks; a name a build does not have matches nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Line ranges (0-based, as in the profile) of the classes named in `classes`, per script URL. */
function classRanges(url, classes, cache) {
  if (cache.has(url)) return cache.get(url);
  const ranges = [];
  if (url.startsWith('file:')) {
    let lines = [];
    try {
      lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    } catch {
      // a script the profile names but the disk no longer holds: no classes there
    }
    lines.forEach((line, index) => {
      const name = /^(?:var|let|const) (\w+) = class\b|^class (\w+)\b/.exec(line);
      if (!name || !classes.has(name[1] ?? name[2])) return;
      let end = index + 1;
      while (end < lines.length && !/^\}/.test(lines[end])) end++;
      ranges.push([index, end]);
    });
  }
  cache.set(url, ranges);
  return ranges;
}

/**
 * `{ inside, total }` of one .cpuprofile: how many samples are under `functions` or a method of `classes`,
 * and how many are not `(idle)`. Samples are counted, not summed by their time deltas: on a busy machine
 * the thread is descheduled between samples, and the next sample's delta, time spent off the CPU, would
 * go to whatever function it lands in; a count is CPU time in units of the sampling interval.
 */
export function profileShare(file, { functions, classes }) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const functionNames = new Set(functions);
  const classNames = new Set(classes);
  const cache = new Map();
  // A class's methods and constructor by where they stand; an anonymous frame there can be the module's
  // top level (line 0), which holds everything.
  const isEntry = ({ callFrame }) =>
    functionNames.has(callFrame.functionName) ||
    (callFrame.functionName !== '' &&
      classRanges(callFrame.url, classNames, cache).some(([start, end]) => callFrame.lineNumber >= start && callFrame.lineNumber <= end));
  const memo = new Map();
  const under = (id) => {
    if (!memo.has(id)) {
      const node = nodes.get(id);
      memo.set(id, isEntry(node) || (parent.has(id) && under(parent.get(id))));
    }
    return memo.get(id);
  };
  let inside = 0;
  let total = 0;
  for (const id of profile.samples) {
    if (nodes.get(id).callFrame.functionName === '(idle)') continue;
    total++;
    if (under(id)) inside++;
  }
  return { inside, total };
}
