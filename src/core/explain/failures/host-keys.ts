/**
 * Failures of host key checking: a key that differs from the one known_hosts holds (the REMOTE HOST
 * IDENTIFICATION HAS CHANGED banner, read by a small stateful reader because its facts span several lines),
 * and an unknown host where ssh could not ask (BatchMode, CI).
 */
import type { FailureFamily } from '../failure-family.js';
import type { LineContext } from '../log-line.js';
import type { Builder } from '../reasons.js';
import type { Fix } from '../types.js';

function startChanged(line: LineContext): void {
  line.state.changed = {
    kind: 'host-key-changed',
    keyKind: null,
    fingerprint: null,
    knownHosts: null,
    knownHostsLine: null,
    removeCommand: null,
    ref: line.ref,
  };
  line.push(line.state.changed);
}

/** The lines after the banner: key kind, fingerprint, the known_hosts line and the ssh-keygen -R command. */
function readChangedBanner(body: string, line: LineContext): boolean {
  const changed = line.state.changed;
  if (!changed) return false;
  let match = /^The fingerprint for the ([^\s]+) key sent by the remote host is$/.exec(body);
  if (match) {
    changed.keyKind = match[1]!;
    return true;
  }
  match = /^(SHA256:[A-Za-z0-9+/=]+)\.?$/.exec(body);
  if (match && !changed.fingerprint) {
    changed.fingerprint = match[1]!;
    return true;
  }
  match = /^Offending [^\s]+ key in (.+):(\d+)$/.exec(body);
  if (match) {
    changed.knownHosts = match[1]!;
    changed.knownHostsLine = Number(match[2]);
    return true;
  }
  // ssh indents the command it suggests: `  ssh-keygen -f '/root/.ssh/known_hosts' -R '[host]:port'`.
  const command = body.trimStart();
  if (command.startsWith('ssh-keygen -f ') && command.includes(' -R ')) {
    changed.removeCommand = command;
    return true;
  }
  return false;
}

function explainHostKeys(builder: Builder): void {
  const { transcript } = builder;
  for (const event of builder.events('host-key-changed')) {
    const fixes: Fix[] = [];
    const fingerprint = event.fingerprint ?? transcript.serverHostKey?.fingerprint ?? null;
    fixes.push({
      kind: 'action',
      text: `Check the new fingerprint${fingerprint ? ` ${fingerprint}` : ''} with the server's administrator or the provider's published fingerprints before trusting it; a rotated or reinstalled server explains it, an unexplained change may be an attack.`,
    });
    if (event.removeCommand)
      fixes.push({
        kind: 'action',
        text: 'Then remove the stale entry, as ssh suggests, and connect again:',
        lines: [event.removeCommand],
      });
    fixes.push({ kind: 'action', text: 'Never set StrictHostKeyChecking no or UserKnownHostsFile /dev/null to get past this.' });
    const where = event.knownHosts ? `${event.knownHosts} line ${event.knownHostsLine}` : 'known_hosts';
    builder.add(
      'host-key-changed',
      `The server presented ${event.keyKind ? `${event.keyKind.startsWith('DSA') ? 'a' : 'an'} ${event.keyKind} host key` : 'a host key'}${fingerprint ? ` (${fingerprint})` : ''} that differs from the one ${where} holds for it, and ssh refused to connect.`,
      [
        'ssh pins each host key on first use (known_hosts); a different key means the server was reinstalled or re-keyed, or something is between you and it.',
      ],
      fixes,
      [event.ref],
    );
  }
  if (builder.explanations.has('host-key-changed')) return;
  for (const event of builder.events('host-key-verification-failed')) {
    const key = transcript.serverHostKey;
    builder.add(
      'host-key-unknown',
      `ssh had no known_hosts entry for the server${key ? ` (it presented ${key.type} ${key.fingerprint})` : ''} and could not ask (BatchMode, no terminal or StrictHostKeyChecking yes), so it refused.`,
      [
        'ssh checks the host key against known_hosts before it authenticates, so that nobody in between can pose as the server; with no entry and nobody to ask, it must refuse.',
      ],
      [
        {
          kind: 'action',
          text: `Add the host key to the known_hosts file this job uses, after comparing ${key ? key.fingerprint : 'its fingerprint'} with the one the provider or administrator publishes:`,
          lines: [`ssh-keyscan -t ed25519 ${builder.resolved.host} >> ~/.ssh/known_hosts`],
        },
        {
          kind: 'action',
          text: 'In CI, commit that known_hosts file and point UserKnownHostsFile at it; do not turn host key checking off.',
        },
      ],
      [event.ref],
    );
  }
}

export const hostKeys = {
  entries: [
    {
      id: 'host-key-changed',
      stage: 'host-key',
      title: 'The server presented a different host key',
      symptoms: [
        { text: '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @', seenIn: 'client' },
        { text: 'Host key for HOST has changed and you have requested strict checking.', seenIn: 'client' },
      ],
      cause:
        'known_hosts holds a different key for this host. Either the server was reinstalled or its keys were rotated (forges have rotated theirs), or someone is in the middle. ssh refuses, rightly, until the old entry is replaced.',
      fixes: [
        "Check the new fingerprint out of band (the administrator, or the provider's published fingerprints), then remove the old entry with the `ssh-keygen -R` line ssh printed and connect again.",
        'Never turn StrictHostKeyChecking off or point UserKnownHostsFile at /dev/null to get past it.',
      ],
      changes: [],
    },
    {
      id: 'host-key-unknown',
      stage: 'host-key',
      title: 'Host key verification failed',
      symptoms: [{ text: 'Host key verification failed.', seenIn: 'client' }],
      cause:
        'The host is not in known_hosts and ssh could not ask (BatchMode, no terminal, StrictHostKeyChecking yes), so it refused: the usual first failure in CI.',
      fixes: [
        "Add the host's key to the known_hosts file the job uses, from a trusted source: `ssh-keyscan -t ed25519 HOST` compared with the provider's published fingerprint, committed to the repository.",
        '`StrictHostKeyChecking accept-new` trusts the first key seen: acceptable on a machine that persists known_hosts, not a fix for CI.',
      ],
      changes: [],
    },
  ] as const,
  matchers: [
    { pattern: /WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED/, read: (_match, line) => startChanged(line) },
    // sshconnect.c prints this after the banner; alone (a log cut short, a pasted line) it still says what failed.
    {
      pattern: /^Host key for [^\s]+ has changed and you have requested strict checking\.$/,
      read: (_match, line) => {
        if (!line.state.changed) startChanged(line);
      },
    },
    { pattern: /^(?=.)/, read: (match, line) => readChangedBanner(match.input, line) },
    {
      pattern: /^Host key verification failed\.?$/,
      read: (_match, line) => {
        if (!line.state.changed) line.push({ kind: 'host-key-verification-failed', ref: line.ref });
      },
    },
  ],
  explain: explainHostKeys,
} satisfies FailureFamily;
