/**
 * Small text operations written as loops where the obvious regular expression backtracks: `/=+$/` or
 * `/\/+$/` retry from every character of a long run that is not at the end (the square of the run), and a
 * glob turned into `.*` patterns can take exponential time. Each here is linear or O(text × pattern).
 */

/** `text` without any run of `char` at its end. */
export function trimTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}

/**
 * `*` and `?` wildcards as ssh_config(5) PATTERNS uses them, matched without a regular expression:
 * greedy with one remembered star, so a pattern of many stars costs O(name × pattern), never exponential.
 */
export function matchWildcard(name: string, pattern: string): boolean {
  let at = 0;
  let index = 0;
  let star = -1;
  let resume = 0;
  while (at < name.length) {
    if (index < pattern.length && (pattern[index] === '?' || pattern[index] === name[at])) {
      at++;
      index++;
    } else if (index < pattern.length && pattern[index] === '*') {
      star = index++;
      resume = at;
    } else if (star !== -1) {
      index = star + 1;
      at = ++resume;
    } else {
      return false;
    }
  }
  while (index < pattern.length && pattern[index] === '*') index++;
  return index === pattern.length;
}
