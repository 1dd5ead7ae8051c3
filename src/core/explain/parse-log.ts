/**
 * Reads SSH logs into a Transcript: client output (ssh, sftp, scp, git with -v to -vvv, or just the error
 * it printed), sshd's own output (`sshd -D -e`) and system logs (auth.log, secure, `journalctl -u ssh`,
 * with their `sshd[PID]:` prefix). Several inputs, or both sides pasted into one, are read together: each
 * line is given to the client or the server by what only one side prints, and otherwise to the side of the
 * line before it. Message texts are OpenSSH's (sshconnect2.c, sshconnect.c, auth2-pubkey.c, kex.c,
 * authfile.c, readconf.c) from 7.x to 10.x.
 */
import { parseOpensshVersion } from '../data/openssh-timeline.js';
import type { ListKind, LoggedKey, LogEvent, LogRef, Side, SoftwareVersion, Transcript } from './types.js';

export interface LogInput {
  name: string;
  text: string;
}

// syslog / rsyslog (RFC 3339 or BSD timestamps) and journalctl's default output: `... HOST sshd[PID]: `.
// OpenSSH 9.8 split the per-connection process into sshd-session, 10.0 added sshd-auth.
const SERVER_PREFIX =
  /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\S*)\s+\S+\s+(?:sshd|sshd-session|sshd-auth)\[\d+\]:\s?/;
const OTHER_SYSLOG = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\S*)\s+\S+\s+[\w.@/-]+(?:\[\d+\])?:\s/;
const DEBUG = /^debug\d: /;

const CLIENT_MARKERS = [
  /^OpenSSH_\S+,? (?:Open|Libre|Boring)SSL/,
  /^OpenSSH_[\w.]+, /,
  /^(?:debug\d: )?(?:Connecting to|Authenticating to|Reading configuration data|identity file|Will attempt key|Offering |Server accepts key|Trying private key|Skipping |Authentications that can continue|Next authentication method|kex_input_ext_info|local client KEXINIT|peer server KEXINIT|Server host key|load_hostkeys)/,
  /Permission denied \(/,
  /^(?:Load key|Error loading key) "/,
  /^Unable to negotiate with .*(?<!\[preauth\])$/,
  /^(?:send_pubkey_test|sign_and_send_pubkey|load_identity_file):/,
  /^@@@@/,
  /^Host key verification failed/,
  /^Warning: Permanently added/,
];
const SERVER_MARKERS = [
  / \[preauth\]$/,
  /^(?:debug\d: )?(?:Server listening on|Connection from \S+ port|userauth-request|userauth_pubkey|list_hostkey_types|peer client KEXINIT|local server KEXINIT|Accepted publickey|Failed publickey|Authentication refused:|refusing RSA key|Connection closed by authenticating user|Disconnected from|Received disconnect from|Invalid user)/,
];

const LIST_LABELS: Record<string, ListKind> = {
  'KEX algorithms': 'kex',
  'host key algorithms': 'hostkey',
  'ciphers ctos': 'cipher',
  'MACs ctos': 'mac',
};

const NEGOTIATION: Record<string, ListKind> = {
  'key exchange method': 'kex',
  'host key type': 'hostkey',
  cipher: 'cipher',
  MAC: 'mac',
};

// ssh-keygen's key kinds as sshkey_type() prints them in "Offering public key: NAME KIND SHA256:...".
const KEY_KINDS = /^(?:RSA|DSA|ECDSA|ED25519|ECDSA-SK|ED25519-SK|XMSS)(?:-CERT)?$/;

/** Pseudo-algorithms that ride in the KEX list to signal features, never negotiated as such. */
export function isSignalName(name: string): boolean {
  return /^(?:ext-info-[cs]|kex-strict-[cs](?:-v00@openssh\.com)?)$/.test(name);
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && !isSignalName(name));
}

/** `NAME KIND SHA256:FP [explicit] [agent]` (OpenSSH 8+) or `KIND SHA256:FP NAME` (7.x), or just NAME. */
function parseKeyDescription(text: string, ref: LogRef): LoggedKey {
  const tokens = text.trim().split(/\s+/);
  const fpIndex = tokens.findIndex((token) => /^(?:SHA256|MD5):/.test(token));
  if (fpIndex > 0 && KEY_KINDS.test(tokens[fpIndex - 1]!)) {
    const before = tokens.slice(0, fpIndex - 1);
    const after = tokens.slice(fpIndex + 1).filter((token) => !/^(?:explicit|agent|token)$/.test(token));
    const name = (before.length > 0 ? before : after).join(' ');
    return { name, kind: tokens[fpIndex - 1]!, fingerprint: tokens[fpIndex]!, ref };
  }
  const name = tokens.filter((token) => !/^(?:explicit|agent|token)$/.test(token)).join(' ');
  return { name, kind: null, fingerprint: null, ref };
}

function version(text: string, ref: LogRef): SoftwareVersion {
  return { text: text.trim(), openssh: parseOpensshVersion(text), ref };
}

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
    events: [],
    unrecognisedErrors: [],
  };
  for (const input of inputs) readInput(input, transcript);
  return transcript;
}

function readInput(input: LogInput, transcript: Transcript): void {
  const lines = input.text.split(/\r?\n/);
  // The side a line without markers belongs to: the side of the lines around it.
  let side: Side = lines.some((line) => SERVER_PREFIX.test(line) || / \[preauth\]$/.test(line)) ? 'server' : 'client';
  // Which proposal the `KEX algorithms:` lines that follow belong to, from the writer's point of view.
  let proposalOwner: Side | null = null;
  let lastKey: LoggedKey | null = null;
  let changedBanner: LogRef | null = null;
  let changed: Extract<LogEvent, { kind: 'host-key-changed' }> | null = null;

  for (let index = 0; index < lines.length; index++) {
    let text = lines[index]!.replace(/\s+$/, '');
    if (text === '') continue;
    if (SERVER_PREFIX.test(text)) {
      text = text.replace(SERVER_PREFIX, '');
      side = 'server';
    } else if (OTHER_SYSLOG.test(text)) {
      continue;
    } else if (SERVER_MARKERS.some((marker) => marker.test(text))) {
      side = 'server';
    } else if (CLIENT_MARKERS.some((marker) => marker.test(text))) {
      side = 'client';
    }
    // git, scp and sftp prefix nothing; `remote: ` is what a forge prints through git.
    const body = text
      .replace(/ \[preauth\]$/, '')
      .replace(DEBUG, '')
      .replace(/^remote: /, '');
    const ref: LogRef = { input: input.name, line: index + 1, text: text.trim() };
    const push = (event: LogEvent): void => {
      transcript.events.push(event);
    };
    let match: RegExpExecArray | null;

    // Versions. The client's first line is its own version; "remote software version" is the peer's.
    if (index === 0 || !transcript.clientVersion) {
      match = /^(OpenSSH_[^,\s]+(?: [^,]+)?), (?:Open|Libre|Boring)SSL/.exec(text);
      if (match) {
        transcript.clientVersion = version(match[1]!, ref);
        side = 'client';
        continue;
      }
    }
    match = /^Local version string SSH-[\d.]+-(.+)$/.exec(body);
    if (match) {
      if (side === 'client') transcript.clientVersion ??= version(match[1]!, ref);
      else transcript.serverVersion ??= version(match[1]!, ref);
      continue;
    }
    match = /remote software version (.+)$/.exec(body);
    if (match) {
      if (side === 'client') transcript.serverVersion ??= version(match[1]!, ref);
      else transcript.clientVersion ??= version(match[1]!, ref);
      continue;
    }

    // KEXINIT proposals: `local client KEXINIT proposal` then `KEX algorithms: ...` (OpenSSH 8.4+).
    match = /^(local|peer) (client|server) KEXINIT proposal$/.exec(body);
    if (match) {
      proposalOwner = match[2] as Side;
      continue;
    }
    match = /^(KEX algorithms|host key algorithms|ciphers ctos|MACs ctos): ?(.*)$/.exec(body);
    if (match && proposalOwner) {
      transcript.proposals[proposalOwner][LIST_LABELS[match[1]!]!] = splitList(match[2]!);
      continue;
    }

    match = /^Server host key: (\S+) (SHA256:\S+)$/.exec(body);
    if (match && side === 'client') {
      transcript.serverHostKey ??= { type: match[1]!, fingerprint: match[2]!, ref };
      continue;
    }
    match = /^kex_input_ext_info: server-sig-algs=<([^>]*)>/.exec(body);
    if (match) {
      transcript.serverSigAlgs = splitList(match[1]!);
      continue;
    }
    if (/^SSH2_MSG_SERVICE_ACCEPT received/.test(body) && side === 'client') {
      transcript.extInfoObservable = true;
      continue;
    }

    match =
      /^Unable to negotiate with (\S+) port \d+: no matching (key exchange method|host key type|cipher|MAC) found\. Their offer: (.*)$/.exec(
        body,
      );
    if (match) {
      push({ kind: 'negotiation-failed', list: NEGOTIATION[match[2]!]!, side, peer: match[1]!, offer: splitList(match[3]!), ref });
      continue;
    }

    match = /^Connecting to (\S+) \[/.exec(body) ?? /^Authenticating to ([^:\s]+):\d+ as '([^']*)'/.exec(body);
    if (match && side === 'client') {
      transcript.host ??= match[1]!;
      if (match[2] !== undefined) transcript.user ??= match[2];
      continue;
    }

    // Keys, client side.
    match = /^Will attempt key: (.*)$/.exec(body);
    if (match) {
      push({ kind: 'key-will-attempt', key: parseKeyDescription(match[1]!, ref) });
      continue;
    }
    match = /^Offering (?:\S+ )?public key: (.*)$/.exec(body);
    if (match) {
      lastKey = parseKeyDescription(match[1]!, ref);
      push({ kind: 'key-offered', key: lastKey });
      continue;
    }
    match = /^Server accepts key: (.*)$/.exec(body);
    if (match) {
      push({ kind: 'key-accepted', key: parseKeyDescription(match[1]!, ref) });
      continue;
    }
    match = /^Trying private key: (.*)$/.exec(body);
    if (match) {
      lastKey = parseKeyDescription(match[1]!, ref);
      push({ kind: 'key-trying-private', key: lastKey });
      continue;
    }
    // 9.x: "Skipping ssh-dss key NAME - corresponding algo not in PubkeyAcceptedAlgorithms";
    // 8.x: "... corresponding algorithm not in ..."; 7.x: "Skipping ssh-dss key NAME for not in PubkeyAcceptedKeyTypes".
    match = /^Skipping (\S+) key (.+?) (?:- corresponding algo(?:rithm)?|for) not in (PubkeyAccepted\w+)/.exec(body);
    if (match) {
      push({ kind: 'key-skipped-algorithm', type: match[1]!, name: match[2]!, option: match[3]!, ref });
      continue;
    }
    match = /^(?:load_identity_file: )?Skipping key (.+?): (.+)$/.exec(body);
    if (match) {
      push({ kind: 'key-skipped', name: match[1]!, reason: match[2]!, ref });
      continue;
    }
    // ssh says `Load key`, ssh-add `Error loading key`.
    match = /^(?:Load key|Error loading key) "(.*)": (.+)$/.exec(body);
    if (match) {
      if (match[2] !== 'bad permissions') push({ kind: 'key-load-failed', name: match[1]!, reason: match[2]!, ref });
      continue;
    }
    match = /^Permissions (0?\d{3,4}) for '(.*)' are too open\.$/.exec(body);
    if (match) {
      push({ kind: 'key-permissions', name: match[2]!, mode: match[1]!, ref });
      continue;
    }
    if (/^(?:send_pubkey_test|sign_and_send_pubkey|identity_sign): no mutual signature algorithm/.test(body)) {
      push({ kind: 'no-mutual-signature', key: lastKey, ref });
      continue;
    }
    match = /^sign_and_send_pubkey: signing failed for (\S+) "(.*)" from agent: agent refused operation/.exec(body);
    if (match) {
      push({ kind: 'agent-refused', keyKind: match[1]!, name: match[2]!, ref });
      continue;
    }
    match = /^(?:(\S+)@)?(\S+): Permission denied \(([^)]*)\)\.?$/.exec(body);
    if (match) {
      if (match[1] !== undefined) transcript.user ??= match[1];
      transcript.host ??= match[2]!;
      push({ kind: 'permission-denied', user: match[1] ?? '', host: match[2]!, methods: match[3]!.split(','), ref });
      continue;
    }

    // Host keys.
    if (/WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED/.test(body)) {
      changedBanner = ref;
      changed = {
        kind: 'host-key-changed',
        keyKind: null,
        fingerprint: null,
        knownHosts: null,
        knownHostsLine: null,
        removeCommand: null,
        ref,
      };
      push(changed);
      continue;
    }
    if (changed) {
      match = /^The fingerprint for the (\S+) key sent by the remote host is$/.exec(body);
      if (match) {
        changed.keyKind = match[1]!;
        continue;
      }
      match = /^(SHA256:\S+?)\.?$/.exec(body);
      if (match && !changed.fingerprint) {
        changed.fingerprint = match[1]!;
        continue;
      }
      match = /^Offending \S+ key in (.+):(\d+)$/.exec(body);
      if (match) {
        changed.knownHosts = match[1]!;
        changed.knownHostsLine = Number(match[2]);
        continue;
      }
      match = /^\s*(ssh-keygen -f .+ -R .+)$/.exec(body);
      if (match) {
        changed.removeCommand = match[1]!;
        continue;
      }
    }
    if (/^Host key verification failed\.?$/.test(body)) {
      if (!changedBanner) push({ kind: 'host-key-verification-failed', ref });
      continue;
    }

    // Server side.
    match = /^userauth_pubkey: (signature algorithm|key type|unsupported public key algorithm:?) (\S+) not in (PubkeyAccepted\w+)/.exec(
      body,
    );
    if (match) {
      push({ kind: 'server-rejected-algorithm', what: match[1]!.replace(/:$/, ''), algorithm: match[2]!, option: match[3]!, ref });
      continue;
    }
    if (/^refusing RSA key: Invalid key length/.test(body) || /^(?:userauth_pubkey: )?RSA key .*(?:too small|key length)/i.test(body)) {
      push({ kind: 'server-rsa-too-small', ref });
      continue;
    }
    match = /^Authentication refused: (bad ownership or modes .*)$/.exec(body);
    if (match) {
      push({ kind: 'server-strict-modes', detail: match[1]!, ref });
      continue;
    }
    if (/^Accepted publickey for /.test(body)) {
      push({ kind: 'server-accepted', ref });
      continue;
    }

    // What the forges print through git (`remote: ` or `ERROR: `).
    if (/You're using an RSA key with SHA-1, which is no longer allowed/.test(body)) {
      push({ kind: 'forge-sha1-rsa', forge: 'github', ref });
      continue;
    }
    if (/You.re using ssh-rsa that is about to be deprecated/.test(body)) {
      push({ kind: 'forge-sha1-rsa', forge: 'azure-devops', ref });
      continue;
    }

    if (/^(?:fatal|error|ERROR):|\b(?:failed|refused|denied|[Ii]nvalid)\b/.test(body) && !DEBUG.test(text)) {
      transcript.unrecognisedErrors.push(ref);
    }
  }
}
