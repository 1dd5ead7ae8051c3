/** The terminal rendering of `explain`: each recognised failure on about one screen, fixes numbered in order. */
import type { ExplainResult, Fix } from '../core/explain/types.js';

export interface ExplainTextOptions {
  color: boolean;
}

const BOLD = '\x1b[1m';
const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

// Log lines and file names come from the user's inputs: never let them drive the terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const clean = (text: string): string => text.replace(/[\x00-\x1f\x7f-\x9f]/g, '?');

const EVIDENCE_WIDTH = 160;

const FIX_LABEL: Record<Fix['kind'], string> = {
  'new-key': 'new key',
  upgrade: 'upgrade',
  'fix-config': 'fix the config',
  action: 'do',
  workaround: 'last resort',
};

function shorten(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

export function renderExplainText(result: ExplainResult, options: ExplainTextOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${RESET}` : text);
  const out: string[] = [];
  const sides = [result.client ? `client ${result.client}` : null, result.server ? `server ${result.server}` : null].filter(Boolean);
  const count = result.explanations.length;
  if (count === 0) {
    out.push(`No SSH failure recognised in ${result.inputs.map(clean).join(', ')}.`);
    if (result.unrecognised.length > 0) {
      out.push('Error lines it does not know:');
      for (const ref of result.unrecognised) out.push(`    ${clean(ref.input)}:${ref.line}  ${clean(shorten(ref.text, EVIDENCE_WIDTH))}`);
    }
    out.push('Give the client output with -v (ssh -v, sftp -v, GIT_SSH_COMMAND="ssh -v" git ...) and, if you can, the server log');
    out.push('(journalctl -u ssh, /var/log/auth.log, /var/log/secure). docs/troubleshooting.md lists what explain recognises.');
    return out.join('\n') + '\n';
  }
  out.push(`${count} SSH failure${count === 1 ? '' : 's'} recognised${sides.length > 0 ? ` (${clean(sides.join(', '))})` : ''}.`);
  for (const explanation of result.explanations) {
    out.push('');
    out.push(`${paint(RED, '✗')} ${paint(BOLD, explanation.title)}  ${paint(DIM, `[${explanation.id}]`)}`);
    out.push(`  What happened: ${clean(explanation.happened)}`);
    out.push('  Why:');
    for (const line of explanation.why) out.push(`    - ${clean(line)}`);
    out.push('  Fix, in order of preference:');
    explanation.fixes.forEach((fix, index) => {
      out.push(`    ${index + 1}. (${FIX_LABEL[fix.kind]}) ${clean(fix.text)}`);
      for (const line of fix.lines ?? []) out.push(`         ${clean(line)}`);
    });
    if (explanation.notes.length > 0) {
      out.push('  Your files:');
      for (const note of explanation.notes) out.push(`    - ${clean(note)}`);
    }
    out.push('  From the log:');
    for (const ref of explanation.evidence)
      out.push(`    ${paint(DIM, `${clean(ref.input)}:${ref.line}`)}  ${clean(shorten(ref.text, EVIDENCE_WIDTH))}`);
  }
  return out.join('\n') + '\n';
}
