#!/usr/bin/env node

// src/core/text-scan.ts
function trimTrailing(text, char) {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}
function matchWildcard(name, pattern) {
  let at = 0;
  let index = 0;
  let star = -1;
  let resume = 0;
  while (at < name.length) {
    if (index < pattern.length && (pattern[index] === "?" || pattern[index] === name[at])) {
      at++;
      index++;
    } else if (index < pattern.length && pattern[index] === "*") {
      star = index++;
      resume = at;
    } else if (star !== -1) {
      index = star + 1;
      at = ++resume;
    } else {
      return false;
    }
  }
  while (index < pattern.length && pattern[index] === "*") index++;
  return index === pattern.length;
}

export {
  trimTrailing,
  matchWildcard
};
