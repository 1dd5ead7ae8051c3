#!/usr/bin/env node

// src/core/order.ts
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function byLocation(a, b) {
  return compare(a.path, b.path) || compare(a.line, b.line) || compare("rule" in a ? a.rule : a.type, "rule" in b ? b.rule : b.type);
}
function byPath(a, b) {
  return compare(a.path, b.path) || compare(a.reason, b.reason);
}

export {
  byLocation,
  byPath
};
