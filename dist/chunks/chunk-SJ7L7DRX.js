#!/usr/bin/env node

// src/reporters/tally.ts
function plural(count, word, words = `${word}s`) {
  return `${count} ${count === 1 ? word : words}`;
}
function keyTally(keys) {
  const groups = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const id = `${key.type}\0${key.bits ?? ""}`;
    const group = groups.get(id);
    if (group) group.count++;
    else groups.set(id, { type: key.type, bits: key.bits, count: 1 });
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : (a.bits ?? 0) - (b.bits ?? 0))
  );
}
function summaryLine(summary) {
  const parts = [plural(summary.errors, "error"), plural(summary.warnings, "warning"), plural(summary.notices, "notice")];
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped`);
  const fixed = summary.baselineFixed ? `; ${plural(summary.baselineFixed, "baseline entry", "baseline entries")} fixed` : "";
  return `${plural(summary.keys, "key")} in ${plural(summary.files, "file")}: ${parts.join(", ")}${fixed}`;
}
function policyNotes(summary) {
  const notes = [];
  if (summary.suppressed > 0) {
    notes.push(
      `Suppressed findings (accepted by the policy file, inline comments or the baseline) are listed in the JSON and SARIF reports.`
    );
  }
  if (summary.baselineFixed) {
    notes.push(
      `${plural(summary.baselineFixed, "baseline entry matches", "baseline entries match")} no finding any more: write the baseline again (ssh-key-audit --write-baseline FILE) to drop them.`
    );
  }
  return notes;
}

export {
  plural,
  keyTally,
  summaryLine,
  policyNotes
};
