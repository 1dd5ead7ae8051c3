/**
 * Text lifted from scanned input into a report (key comments, certificate ids and principals, option
 * values, host patterns): cut where a key block starts and bounded in length, so a comment that runs on
 * into a private key (a `.pub` line followed by `\n`-escaped PEM in one JSON string) or one line holding
 * thousands of keys cannot carry key material or make the report grow with the square of the input.
 */

/** Characters of lifted text kept; OpenSSH comments and host patterns in real files are far shorter. */
export const MAX_LIFTED_TEXT = 200;

// What starts a key block in any format we read (PEM/OpenSSH, RFC 4716 and SSH.com, PuTTY), and a
// JSON or shell `\n` escape, after which a lifted value is never one line of the input any more.
const BLOCK_STARTS = ['-----BEGIN', '---- BEGIN', 'PuTTY-User-Key-File-', 'Private-Lines:', '\\n', '\\r'];

/** `text` up to anything that starts a key block, at most `max` characters (a cut is marked with `…`). */
export function liftText(text: string, max = MAX_LIFTED_TEXT): string {
  // Only the head can end up in the report: searching more would make a long line cost its square.
  const head = text.length > max + 1 ? text.slice(0, max + 1) : text;
  let end = head.length;
  for (const start of BLOCK_STARTS) {
    const found = head.indexOf(start);
    if (found !== -1 && found < end) end = found;
  }
  // A cut at a block start ends the value there; a cut for length is marked, the value went on.
  if (end < head.length || head.length <= max) return head.slice(0, end).trimEnd();
  return `${head.slice(0, max).trimEnd()}…`;
}

/** liftText for a value that may be absent. */
export function liftOptional(text: string | null): string | null {
  return text === null ? null : liftText(text);
}
