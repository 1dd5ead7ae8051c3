/**
 * Undoes what source code, markup, patches and mail put around the text of a key block, so the block decodes:
 * string escapes (JSON, JavaScript, Go, C#: `\n`, `\r\n`, `\/`, `\u002F`), XML/HTML character references
 * (`&#xd;`, `&#10;`, `&#43;`, `&lt;`), a prefix and a suffix shared by every body line (string concatenation
 * `"...\n" +`, Python's adjacent literals, shell continuations `\n\`, diff `+`, mail `> `, comment markers
 * `# `, `// `, ` * `), and whitespace inside the base64 (RFC 7468 section 3 lets a parser ignore it).
 * Input: the file text (a latin1 view of its bytes) and the offsets of the block; output: clean body lines.
 */

// One pass, left to right, so `\\n` is a backslash and an `n`, as every string syntax reads it.
const ESCAPE = /\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([nrt/\\"'`]))|&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(lt|gt|amp|quot|apos));/g;
const SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** `\n`, `\/`, `\u002B`, `&#10;`, `&#x2F;`, `&lt;` ... -> the characters they stand for. Unknown escapes stay. */
export function unescapeText(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  return text.replace(
    ESCAPE,
    (whole, unicode?: string, hex?: string, single?: string, decimal?: string, refHex?: string, named?: string) => {
      const code =
        unicode !== undefined
          ? parseInt(unicode, 16)
          : hex !== undefined
            ? parseInt(hex, 16)
            : decimal !== undefined
              ? parseInt(decimal, 10)
              : refHex !== undefined
                ? parseInt(refHex, 16)
                : undefined;
      if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      const name = single ?? named!;
      return SIMPLE[name] ?? name;
    },
  );
}

// What is left around a body line once its template is gone, or when no template fits: indentation, quotes,
// comment and quote markers, and the joining operators of string concatenation. Base64 has none of these
// characters except `+` and `/`, which are only taken when they cannot be data (a lone `+` after a quote).
const LEADING = /^[\s"'`,;#*>|(]+/;
// A backslash is left alone: it continues an RFC 4716 header, and shell continuations are in the templates.
const TRAILING_MARK = new Set(['"', "'", '`', ',', ';', ')']);
const QUOTE = new Set(['"', "'", '`']);
const BLANK = /\s/;

/**
 * `line` without its trailing decoration: blanks, quotes, `,` `;` `)`, and a `+` that follows a quote (blanks
 * between allowed). A loop from the end, not `/(?:[\s"'`,;)]|(?<=["'`]\s*)\+)+$/`: that pattern retried
 * from every `"+` of a long run ending in other text (the square of the run).
 */
export function trimTrailingDecoration(line: string): string {
  let end = line.length;
  while (end > 0) {
    const char = line[end - 1]!;
    if (TRAILING_MARK.has(char) || BLANK.test(char)) {
      end--;
      continue;
    }
    if (char !== '+') break;
    // The blanks before this `+` are scanned once: the next `+` to the left stops at this one.
    let before = end - 2;
    while (before >= 0 && BLANK.test(line[before]!)) before--;
    if (before < 0 || !QUOTE.has(line[before]!)) break;
    end--;
  }
  return line.slice(0, end);
}
// A body whose line breaks became spaces is runs of base64 the length of a line; prose in a placeholder
// (`<paste the key here>`) is short words, and must not be glued into something that looks like base64.
const SPACED_BASE64 = /^[A-Za-z0-9+/=]{16,}(?:\s+[A-Za-z0-9+/=]{16,})*(?:\s+[A-Za-z0-9+/=]+)?$/;
const JOINER_ONLY = /^[+.&]{1,2}$/;

const MAX_BODY = 64 * 1024;

function sharedBy(lines: readonly string[], test: (line: string) => boolean): boolean {
  return lines.every((line) => line.trim() === '' || test(line));
}

/** The first candidate (trimmed, non-empty) that every body line starts with, or ''. */
function commonPrefix(candidates: readonly string[], body: readonly string[]): string {
  for (const raw of candidates) {
    const candidate = raw.trim();
    if (candidate !== '' && sharedBy(body, (line) => line.trimStart().startsWith(candidate))) return candidate;
  }
  return '';
}

function commonSuffix(candidates: readonly string[], body: readonly string[]): string {
  for (const raw of candidates) {
    const candidate = raw.trim();
    if (candidate !== '' && sharedBy(body, (line) => line.trimEnd().endsWith(candidate))) return candidate;
  }
  return '';
}

function lineBoundsAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline };
}

/**
 * The clean lines of a block body: `markerStart` is where the BEGIN marker starts, `bodyStart` where it ends,
 * `bodyEnd` where the END marker starts (or where the body stops without one), `endMarkerLength` its length (0
 * without one). Header lines (`Proc-Type: ...`, `Comment: ...`) keep their inner spaces; base64 lines lose them.
 */
export function unwrapBlockBody(text: string, markerStart: number, bodyStart: number, bodyEnd: number, endMarkerLength = 0): string[] {
  // The largest key block (RSA-16384 PEM, escaped and decorated) is far below this: past it, what is read
  // is cut, so a hostile file costs at most this much work per BEGIN marker.
  if (bodyEnd - bodyStart > MAX_BODY) {
    bodyEnd = bodyStart + MAX_BODY;
    endMarkerLength = 0;
  }
  const rawLines = text.slice(bodyStart, bodyEnd).split('\n');
  let prefix = '';
  let suffix = '';
  if (rawLines.length >= 3) {
    // The line of the BEGIN marker and the line of the END marker show the decoration each body line carries.
    const beginLine = lineBoundsAround(text, markerStart);
    const endLine = endMarkerLength > 0 ? lineBoundsAround(text, bodyEnd) : { start: bodyEnd, end: bodyEnd };
    const body = rawLines.slice(1, -1);
    const beginPrefix = text.slice(beginLine.start, markerStart);
    const endPrefix = text.slice(endLine.start, bodyEnd);
    const endSuffix = endMarkerLength > 0 ? text.slice(bodyEnd + endMarkerLength, endLine.end) : '';
    prefix = commonPrefix([beginPrefix, endPrefix], body);
    suffix = commonSuffix([rawLines[0]!, endSuffix], body);
  }
  const last = rawLines.length - 1;
  const out: string[] = [];
  rawLines.forEach((raw, index) => {
    let line = raw;
    if (prefix && index > 0) {
      const trimmed = line.trimStart();
      if (trimmed.startsWith(prefix)) line = trimmed.slice(prefix.length);
    }
    if (suffix && index < last) {
      const trimmed = line.trimEnd();
      if (trimmed.endsWith(suffix)) line = trimmed.slice(0, -suffix.length);
    }
    for (const part of unescapeText(line).split(/\r?\n|\r/)) {
      const clean = trimTrailingDecoration(part.replace(LEADING, ''));
      if (clean === '' || JOINER_ONLY.test(clean)) continue;
      out.push(SPACED_BASE64.test(clean) ? clean.replace(/\s+/g, '') : clean);
    }
  });
  return out;
}
