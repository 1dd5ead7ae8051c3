/**
 * The outcome every failed login shares, `Permission denied (publickey)`: quoted as the outcome of a cause
 * another family found, or explained from which keys the client offered when nothing more specific is known.
 */
import type { FailureFamily } from '../failure-family.js';
import { describeLogged, hostLines, workaroundPlace, configNotesFor, type Builder } from '../reasons.js';

function explainPermissionDenied(builder: Builder): void {
  const denied = builder.events('permission-denied');
  if (denied.length === 0) return;
  const explained = [...builder.explanations.values()].filter((explanation) => builder.stageOf(explanation.id) === 'authentication');
  if (explained.length > 0) {
    // The specific cause already explains the denial: quote the denial as its outcome.
    explained[0]!.evidence.push(...denied.map((event) => event.ref));
    return;
  }
  if (builder.events('server-accepted').length > 0) return;
  const event = denied[0]!;
  const offered = builder.events('key-offered').map((entry) => entry.key);
  const attempted = builder.events('key-will-attempt').map((entry) => entry.key);
  const tried = builder.events('key-trying-private').map((entry) => entry.key);
  const why: string[] = [];
  if (offered.length > 0)
    why.push(
      `The client offered ${offered.map(describeLogged).join(', ')}; the server accepted none of them for ${event.user || 'that user'}.`,
    );
  if (tried.length > 0) why.push(`It also tried the private key files ${tried.map((key) => key.name).join(', ')}.`);
  if (offered.length === 0 && tried.length === 0) {
    why.push(
      attempted.length > 0
        ? `The client had ${attempted.map((key) => key.name).join(', ')} to try but offered none.`
        : 'The log does not show which keys were offered: run the command again with -v (ssh -v, GIT_SSH_COMMAND="ssh -v", sftp -v).',
    );
  }
  why.push(`Methods the server allows: ${event.methods.join(', ')}.`);
  builder.add(
    'permission-denied-publickey',
    `The server at ${event.host} refused every key the client offered${event.user ? ` for user ${event.user}` : ''}.`,
    why,
    [
      {
        kind: 'action',
        text: `Install the public half of your key for ${event.user || 'that user'} on the server (or in the forge account or deploy keys):`,
        lines: [`ssh-copy-id -i ~/.ssh/id_ed25519.pub ${event.user ? `${event.user}@` : ''}${builder.resolved.host}`],
      },
      {
        kind: 'fix-config',
        text: `Point ssh at the right key for this host (${workaroundPlace(builder.resolved)}):`,
        lines: hostLines(builder.resolved, ['IdentityFile ~/.ssh/id_ed25519', 'IdentitiesOnly yes']),
      },
      {
        kind: 'action',
        text: 'Read the server log for its reason (journalctl -u ssh, /var/log/auth.log or /var/log/secure) and pass it to explain with the client log.',
      },
    ],
    denied.map((entry) => entry.ref),
    configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey'),
  );
}

export const permissionDenied = {
  entries: [
    {
      id: 'permission-denied-publickey',
      stage: 'outcome',
      title: 'Permission denied (publickey)',
      symptoms: [{ text: 'git@github.com: Permission denied (publickey).', seenIn: 'client' }],
      cause:
        'No key the client offered was accepted. The client log (-v) tells which keys were offered, skipped or could not be loaded; the server log tells why it refused the ones it saw.',
      fixes: [
        'Make sure the public half of the key is in ~/.ssh/authorized_keys of that user on the server (`ssh-copy-id -i KEY.pub USER@HOST`), or in the account or deploy keys of the forge.',
        'Point ssh at the right key for that host: `Host HOST` + `IdentityFile KEY` + `IdentitiesOnly yes`.',
        'Read the server log (`journalctl -u ssh`, /var/log/auth.log, /var/log/secure) for the reason it refused.',
      ],
      changes: [],
    },
  ] as const,
  matchers: [
    {
      pattern: /^(?:([^\s@]+)@)?([^\s]+): Permission denied \(([^)]*)\)\.?$/,
      read: (match, line) => {
        if (match[1] !== undefined) line.transcript.user ??= match[1];
        line.transcript.host ??= match[2]!;
        line.push({ kind: 'permission-denied', user: match[1] ?? '', host: match[2]!, methods: match[3]!.split(','), ref: line.ref });
      },
    },
    { pattern: /^Accepted publickey for /, read: (_match, line) => line.push({ kind: 'server-accepted', ref: line.ref }) },
  ],
  explain: explainPermissionDenied,
} satisfies FailureFamily;
