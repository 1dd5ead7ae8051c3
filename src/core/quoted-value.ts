/**
 * How an error message shows a value the user wrote (a policy setting, a flag's argument): quoted when it
 * is short and plainly not key material, else described by its length only. A private key pasted into a
 * policy value, or a policy path pointed at a key file, must never reach the workflow log.
 */

/** Longest value an error quotes: a path, a date, a rule id or a SHA256 fingerprint fits. */
const MAX_QUOTED = 80;
// A fingerprint is SHA256: and 43 base64 characters; a longer run of base64 is a key or a blob.
const MAX_BASE64_RUN = 44;

function longestBase64Run(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = /[A-Za-z0-9+/=]/.test(char) ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** True when `text` can be quoted in a message: short, one line, no key block, no long base64. */
export function isQuotable(text: string): boolean {
  if (text.length > MAX_QUOTED || /[\r\n]/.test(text) || text.includes('BEGIN') || text.includes('PuTTY-User-Key-File')) return false;
  return longestBase64Run(text) <= MAX_BASE64_RUN;
}

/** `"text"` (JSON-quoted) when quotable, else `a value of N characters (not shown)`. */
export function quoteValue(text: string): string {
  return isQuotable(text) ? JSON.stringify(text) : `a value of ${text.length} characters (not shown)`;
}
