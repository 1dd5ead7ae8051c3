/**
 * Failures after the server accepted the key or before it looked at it: an agent that refused to sign
 * (ssh-add -c without a way to confirm, an untouched security key) and sshd ignoring authorized_keys because
 * of the permissions of the user's files (StrictModes).
 */
import type { FailureFamily } from '../failure-family.js';
import { hostLines, workaroundPlace, type Builder } from '../reasons.js';

function explainAgentAndServer(builder: Builder): void {
  for (const event of builder.events('agent-refused')) {
    builder.add(
      'agent-refused-operation',
      `The server accepted the ${event.keyKind} key "${event.name}", but the agent holding it refused to sign.`,
      [agentAndServer.entries[0].cause],
      [
        {
          kind: 'action',
          text: 'Re-add the key without confirmation, or make the confirmation dialog possible (SSH_ASKPASS and a display), or touch the security key:',
          lines: ['ssh-add -D', 'ssh-add ~/.ssh/id_ed25519'],
        },
        {
          kind: 'workaround',
          text: `Or bypass the agent for this host (${workaroundPlace(builder.resolved)}):`,
          lines: hostLines(builder.resolved, ['IdentityAgent none', 'IdentityFile ~/.ssh/id_ed25519']),
        },
      ],
      [event.ref],
    );
  }
  for (const event of builder.events('server-strict-modes')) {
    builder.add(
      'server-strict-modes',
      `sshd ignored the user's authorized_keys: ${event.detail}.`,
      [agentAndServer.entries[1].cause],
      [
        {
          kind: 'action',
          text: 'On the server, as that user:',
          lines: ['chmod go-w ~ && chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys'],
        },
      ],
      [event.ref],
    );
  }
}

export const agentAndServer = {
  entries: [
    {
      id: 'agent-refused-operation',
      stage: 'authentication',
      title: 'The agent refused to sign',
      symptoms: [
        { text: 'sign_and_send_pubkey: signing failed for ED25519 "me@laptop" from agent: agent refused operation', seenIn: 'client' },
      ],
      cause:
        'The server accepted the key but the agent holding it would not sign: a key added with `ssh-add -c` whose confirmation could not be shown (no SSH_ASKPASS, no display), a security key that was not touched, or an agent that cannot make the signature asked for.',
      fixes: [
        'Re-add the key without confirmation (`ssh-add -D`, then `ssh-add KEY`), or make the confirmation possible (set SSH_ASKPASS and a display, touch the security key).',
        'Bypass the agent for this host: `IdentityAgent none` with `IdentityFile KEY`.',
      ],
      changes: [],
    },
    {
      id: 'server-strict-modes',
      stage: 'authentication',
      title: "The server refuses the user's key files because of their permissions",
      symptoms: [{ text: 'Authentication refused: bad ownership or modes for directory /home/me/.ssh', seenIn: 'server' }],
      cause:
        'With StrictModes yes (the default), sshd ignores authorized_keys when the file, ~/.ssh or the home directory can be written by others.',
      fixes: ['On the server: `chmod go-w ~ && chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys`, owned by the user.'],
      changes: [],
    },
  ] as const,
  matchers: [
    {
      pattern: /^sign_and_send_pubkey: signing failed for ([^\s]+) "(.*)" from agent: agent refused operation/,
      read: (match, line) => line.push({ kind: 'agent-refused', keyKind: match[1]!, name: match[2]!, ref: line.ref }),
    },
    {
      pattern: /^Authentication refused: (bad ownership or modes .*)$/,
      read: (match, line) => line.push({ kind: 'server-strict-modes', detail: match[1]!, ref: line.ref }),
    },
  ],
  explain: explainAgentAndServer,
} satisfies FailureFamily;
