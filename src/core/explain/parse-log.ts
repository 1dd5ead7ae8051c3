/**
 * Reads SSH logs into a Transcript: client output (ssh, sftp, scp, git with -v to -vvv, or just the error
 * it printed), sshd's own output (`sshd -D -e`) and system logs (auth.log, secure, `journalctl -u ssh`,
 * with their `sshd[PID]:` prefix). Several inputs, or both sides pasted into one, are read together: each
 * line is given to the client or the server by what only one side prints, and otherwise to the side of the
 * line before it. Each line then goes through one table of line matchers: the ones below for what every
 * explanation uses (versions, proposals, the host), then each failure family's own (failures/*.ts).
 * Message texts are OpenSSH's (sshconnect2.c, sshconnect.c, readconf.c, auth2-pubkey.c, kex.c) from 7.x to 10.x.
 *
 * Input is hostile in the sense that anyone can paste anything: lines are cut at MAX_LINE_LENGTH characters
 * before any pattern sees them, and every pattern is linear (test/explain/redos.test.ts checks them).
 */
import { parseOpensshVersion } from '../data/openssh-timeline.js';
import { identifySoftware } from '../data/ssh-software.js';
import { FAMILIES } from './failures/index.js';
import { splitList, type LineContext, type LineMatcher, type ReaderState } from './log-line.js';
import type { ListKind, LogEvent, LogRef, Side, SoftwareVersion, Transcript } from './types.js';

export interface LogInput {
  name: string;
  text: string;
}

/**
 * The longest line read, in characters. OpenSSH's longest lines are KEXINIT lists and "Their offer", about
 * 2,000 characters with every post-quantum and certificate algorithm; a longer line is cut, not dropped.
 */
export const MAX_LINE_LENGTH = 8192;

const TIMESTAMP = String.raw`(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[^\s]*)`;
// syslog / rsyslog (RFC 3339 or BSD timestamps) and journalctl's default output: `... HOST sshd[PID]: `.
// OpenSSH 9.8 split the per-connection process into sshd-session, 10.0 added sshd-auth.
const SERVER_PREFIX = new RegExp(String.raw`^${TIMESTAMP} [^\s]+ (?:sshd|sshd-session|sshd-auth)\[\d+\]: ?`);
const OTHER_SYSLOG = new RegExp(String.raw`^${TIMESTAMP} [^\s]+ [\w.@/-]+(?:\[\d+\])?: `);
const DEBUG = /^debug\d: /;

/** The patterns built at run time (the others are literals), for the ReDoS check in test/redos. */
export const BUILT_PATTERNS: readonly RegExp[] = [SERVER_PREFIX, OTHER_SYSLOG];

// What only one side prints, at the start of a line (after `debugN: `): plain prefixes, no patterns to go wrong.
const CLIENT_PREFIXES = [
  'Connecting to',
  'Authenticating to',
  'Reading configuration data',
  'identity file',
  'Will attempt key',
  'Offering ',
  'Server accepts key',
  'Trying private key',
  'Skipping ',
  'Authentications that can continue',
  'Next authentication method',
  'kex_input_ext_info',
  'local client KEXINIT',
  'peer server KEXINIT',
  'Server host key',
  'load_hostkeys',
  'Load key "',
  'Error loading key "',
  'Unable to negotiate with ',
  'send_pubkey_test:',
  'sign_and_send_pubkey:',
  'load_identity_file:',
  '@@@@',
  'Host key verification failed',
  'Warning: Permanently added',
];
const SERVER_PREFIXES = [
  'Server listening on',
  'Connection from ',
  'userauth-request',
  'userauth_pubkey',
  'list_hostkey_types',
  'peer client KEXINIT',
  'local server KEXINIT',
  'Accepted publickey',
  'Failed publickey',
  'Authentication refused:',
  'refusing RSA key',
  'Connection closed by authenticating user',
  'Disconnected from',
  'Received disconnect from',
  'Invalid user',
  'Client protocol version',
];
// ssh -v's first line: `OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026`.
const CLIENT_BANNER = /^OpenSSH_[^\s,]+(?: [^,]+)?, (?:Open|Libre|Boring)SSL/;

function sideOf(text: string): Side | null {
  if (text.endsWith(' [preauth]')) return 'server';
  const body = DEBUG.test(text) ? text.slice(text.indexOf(' ') + 1) : text;
  if (SERVER_PREFIXES.some((prefix) => body.startsWith(prefix))) return 'server';
  if (CLIENT_BANNER.test(body) || body.includes('Permission denied (') || CLIENT_PREFIXES.some((prefix) => body.startsWith(prefix))) {
    return 'client';
  }
  return null;
}

const LIST_LABELS: Record<string, ListKind> = {
  'KEX algorithms': 'kex',
  'host key algorithms': 'hostkey',
  'ciphers ctos': 'cipher',
  'MACs ctos': 'mac',
};

function version(text: string, ref: LogRef): SoftwareVersion {
  const trimmed = text.trim();
  const other = identifySoftware(trimmed);
  return {
    text: trimmed,
    // OpenSSH for Windows is OpenSSH: its releases follow the portable ones it is built from.
    openssh: other
      ? other.software.id === 'windows-openssh'
        ? parseOpensshVersion(`OpenSSH_${other.version}`)
        : null
      : parseOpensshVersion(trimmed),
    other: other ? { id: other.software.id, name: other.software.name, version: other.version } : null,
    ref,
  };
}

/** `KEX algorithms: ...` after a `local client KEXINIT proposal` header: the second stateful reader is in host-keys.ts. */
function readProposal(match: RegExpExecArray, line: LineContext): boolean {
  const owner = line.state.proposalOwner;
  if (!owner) return false;
  const kind = LIST_LABELS[match[1]!]!;
  line.transcript.proposals[owner][kind] = splitList(match[2]!);
  if (owner === 'client' && kind === 'kex') line.transcript.clientAsksExtInfo = match[2]!.split(',').includes('ext-info-c');
  return true;
}

/** What every explanation leans on: versions, proposals, the host and the Host block that applied. */
const COMMON: LineMatcher[] = [
  // "Local version string" is the writer's own; "remote software version" the peer's (OpenSSH 7.x sshd:
  // "Client protocol version 2.0; client software version ...").
  {
    pattern: /^Local version string SSH-[\d.]+-(.+)$/,
    read: (match, line) => {
      if (line.side === 'client') line.transcript.clientVersion ??= version(match[1]!, line.ref);
      else line.transcript.serverVersion ??= version(match[1]!, line.ref);
    },
  },
  {
    pattern: /^(?:Remote protocol version [\d.]+, remote|Client protocol version [\d.]+; client) software version (.+)$/,
    read: (match, line) => {
      if (line.side === 'client' && !match[0].startsWith('Client')) line.transcript.serverVersion ??= version(match[1]!, line.ref);
      else line.transcript.clientVersion ??= version(match[1]!, line.ref);
    },
  },
  {
    pattern: /^(local|peer) (client|server) KEXINIT proposal$/,
    read: (match, line) => {
      line.state.proposalOwner = match[2] as Side;
    },
  },
  { pattern: /^(KEX algorithms|host key algorithms|ciphers ctos|MACs ctos): ?(.*)$/, read: readProposal },
  {
    pattern: /^Server host key: ([^\s]+) (SHA256:[^\s]+)$/,
    onlyOn: 'client',
    read: (match, line) => {
      line.transcript.serverHostKey ??= { type: match[1]!, fingerprint: match[2]!, ref: line.ref };
    },
  },
  {
    pattern: /^kex_input_ext_info: server-sig-algs=<([^>]*)>/,
    read: (match, line) => {
      line.transcript.serverSigAlgs = splitList(match[1]!);
    },
  },
  {
    pattern: /^SSH2_MSG_SERVICE_ACCEPT received/,
    onlyOn: 'client',
    read: (_match, line) => {
      line.transcript.extInfoObservable = true;
    },
  },
  // readconf.c: "%s line %d: Applying options for %s", with the Host pattern that matched.
  {
    pattern: /^(.+) line (\d+): Applying options for ([^\s]+)$/,
    onlyOn: 'client',
    read: (match, line) => {
      const pattern = match[3]!;
      if (line.transcript.hostBlock || /[*?!]/.test(pattern)) return;
      line.transcript.hostBlock = { pattern, path: match[1]!, line: Number(match[2]), ref: line.ref };
    },
  },
  {
    pattern: /^Connecting to ([^\s]+) \[/,
    onlyOn: 'client',
    read: (match, line) => {
      line.transcript.host ??= match[1]!;
    },
  },
  {
    pattern: /^Authenticating to ([^:\s]+):\d+ as '([^']*)'/,
    onlyOn: 'client',
    read: (match, line) => {
      line.transcript.host ??= match[1]!;
      line.transcript.user ??= match[2]!;
    },
  },
];

/** The whole table: common lines first, then each family's, in catalogue order. */
const MATCHERS: readonly LineMatcher[] = [...COMMON, ...FAMILIES.flatMap((family) => family.matchers)];

export function parseLogs(inputs: readonly LogInput[]): Transcript {
  const transcript: Transcript = {
    inputs: inputs.map((input) => input.name),
    clientVersion: null,
    serverVersion: null,
    host: null,
    user: null,
    proposals: { client: {}, server: {} },
    serverHostKey: null,
    serverSigAlgs: null,
    extInfoObservable: false,
    clientAsksExtInfo: null,
    hostBlock: null,
    events: [],
    unrecognisedErrors: [],
  };
  for (const input of inputs) readInput(input, transcript);
  return transcript;
}

/** Lines of at most MAX_LINE_LENGTH characters, without their line ending and trailing blanks, in one pass. */
function lines(text: string): string[] {
  return text.split('\n').map((line) => {
    const cut = line.length > MAX_LINE_LENGTH ? line.slice(0, MAX_LINE_LENGTH) : line;
    return cut.trimEnd();
  });
}

function readInput(input: LogInput, transcript: Transcript): void {
  const all = lines(input.text);
  // The side a line without markers belongs to: the side of the lines around it.
  let side: Side = all.some((line) => SERVER_PREFIX.test(line) || line.endsWith(' [preauth]')) ? 'server' : 'client';
  const state: ReaderState = { proposalOwner: null, lastKey: null, changed: null };
  const push = (event: LogEvent): void => {
    transcript.events.push(event);
  };

  for (let index = 0; index < all.length; index++) {
    let text = all[index]!;
    if (text === '') continue;
    const prefixed = SERVER_PREFIX.exec(text);
    if (prefixed) {
      text = text.slice(prefixed[0].length);
      side = 'server';
    } else if (OTHER_SYSLOG.test(text)) {
      continue;
    } else {
      side = sideOf(text) ?? side;
    }
    const ref: LogRef = { input: input.name, line: index + 1, text: text.trim() };

    // The client's first line is its own version (`ssh -v` prints it before anything else).
    if (index === 0 || !transcript.clientVersion) {
      if (CLIENT_BANNER.test(text)) {
        transcript.clientVersion = version(text.slice(0, text.indexOf(', ')), ref);
        side = 'client';
        continue;
      }
    }

    // git, scp and sftp prefix nothing; `remote: ` is what a forge prints through git.
    let body = text.endsWith(' [preauth]') ? text.slice(0, -' [preauth]'.length) : text;
    const debug = DEBUG.test(body);
    if (debug) body = body.slice(body.indexOf(' ') + 1);
    if (body.startsWith('remote: ')) body = body.slice('remote: '.length);

    const line: LineContext = { transcript, state, side, ref, push };
    let recognised = false;
    for (const matcher of MATCHERS) {
      if (matcher.onlyOn && matcher.onlyOn !== side) continue;
      const match = matcher.pattern.exec(body);
      if (match && matcher.read(match, line) !== false) {
        recognised = true;
        break;
      }
    }
    if (!recognised && !debug && /^(?:fatal|error|ERROR):|\b(?:failed|refused|denied|[Ii]nvalid)\b/.test(body)) {
      transcript.unrecognisedErrors.push(ref);
    }
  }
}
