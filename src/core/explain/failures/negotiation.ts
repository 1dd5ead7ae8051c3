/**
 * Failures before authentication: no key exchange method, host key type, cipher or MAC on both sides' lists
 * (RFC 4253 section 7.1). Reads `Unable to negotiate with HOST port N: no matching ... found. Their offer:`
 * from either side, and explains it with what the other side offered, the release that dropped each name,
 * what the peer's software supports (OpenSSH, Dropbear, network devices) and a workaround for one Host.
 */
import { weaknessOf, knownAlgorithms } from '../../data/algorithms.js';
import { describeChange, type ChangeId } from '../../data/openssh-timeline.js';
import type { FailureFamily } from '../failure-family.js';
import { splitList } from '../log-line.js';
import {
  algorithmFact,
  atLeast,
  configNotesFor,
  defaultsFor,
  firstRelease,
  hostLines,
  list,
  LIST,
  otherSoftware,
  releasesBringing,
  software,
  supports,
  workaroundImpossible,
  workaroundPlace,
  type Builder,
} from '../reasons.js';
import type { Fix, ListKind } from '../types.js';

const NEGOTIATION: Record<string, ListKind> = {
  'key exchange method': 'kex',
  'host key type': 'hostkey',
  cipher: 'cipher',
  MAC: 'mac',
};

const NEGOTIATION_ID = {
  kex: 'no-matching-kex',
  hostkey: 'no-matching-host-key-type',
  cipher: 'no-matching-cipher',
  mac: 'no-matching-mac',
} as const satisfies Record<ListKind, string>;

/** Modern algorithms a server can offer instead, with the release that brought them. */
const ALTERNATIVES: Record<ListKind, { name: string; change: ChangeId | null }[]> = {
  kex: [
    { name: 'curve25519-sha256@libssh.org', change: 'ed25519-added' },
    { name: 'ecdh-sha2-nistp256', change: 'ecdsa-added' },
  ],
  hostkey: [
    { name: 'ssh-ed25519', change: 'ed25519-added' },
    { name: 'rsa-sha2-512', change: 'rsa-sha2-added' },
  ],
  cipher: [
    { name: 'chacha20-poly1305@openssh.com', change: 'ed25519-added' },
    { name: 'aes128-ctr', change: null },
  ],
  mac: [
    { name: 'hmac-sha2-256-etm@openssh.com', change: null },
    { name: 'hmac-sha2-256', change: null },
  ],
};

function explainNegotiation(builder: Builder): void {
  const { transcript, resolved } = builder;
  const failures = builder.events('negotiation-failed');
  for (const event of failures) {
    const spec = LIST[event.list];
    const id = NEGOTIATION_ID[event.list];
    // Both logs of one failure make one explanation, built from the first event of that list.
    if (builder.explanations.has(id)) continue;
    // Prefer the client's view: it names the server's offer, which is what a workaround has to add.
    const clientView = failures.find((other) => other.list === event.list && other.side === 'client') ?? event;
    const others = failures.filter((other) => other !== clientView && other.list === event.list).map((other) => other.ref);
    const offer = clientView.offer;
    const facts = offer.map((name) => algorithmFact(spec.kind, name));
    const why: string[] = [];
    const fixes: Fix[] = [];
    const notes: string[] = [];
    const alternatives = ALTERNATIVES[event.list];

    if (clientView.side === 'client') {
      const ours = transcript.proposals.client[event.list];
      const serverSays = software(builder.server, 'The server');
      why.push(`${serverSays} offered only: ${facts.join('. ')}.`);
      why.push(
        ours
          ? `Your client offered: ${list(ours.filter((name) => !name.includes('-cert-')))}; none of the server's.`
          : `Current OpenSSH clients offer none of these by default (${list(defaultsFor(event.list))}).`,
      );
      const modern = alternatives.find((alternative) => alternative.change && atLeast(builder.server, alternative.change));
      if (modern) {
        why.push(
          `The server's software is new enough for ${modern.name} (since ${describeChange(modern.change!)}), so its configuration restricts it: ${
            event.list === 'hostkey' ? 'no modern HostKey is configured, or HostKeyAlgorithms' : spec.keyword
          } in sshd_config.`,
        );
      }
      const peerFixes = peerServerFixes(builder, event.list);
      if (peerFixes) fixes.push(...peerFixes);
      else if (event.list === 'hostkey') {
        fixes.push({
          kind: modern ? 'fix-config' : 'upgrade',
          text: offer.some((name) => name.startsWith('ssh-rsa'))
            ? 'Give the server an Ed25519 host key, or let its RSA host key sign with rsa-sha2-512/256 (OpenSSH 7.2 or later; remove a HostKeyAlgorithms line that allows only ssh-rsa):'
            : 'Give the server an Ed25519 host key (OpenSSH 6.5 or later), in place of or beside its DSA key:',
          lines: [
            "ssh-keygen -t ed25519 -f /etc/ssh/ssh_host_ed25519_key -N ''",
            'HostKey /etc/ssh/ssh_host_ed25519_key   # in sshd_config, then reload sshd',
          ],
        });
      } else {
        fixes.push({
          kind: modern ? 'fix-config' : 'upgrade',
          text: modern
            ? `Remove the ${spec.keyword} line from the server's sshd_config (or add ${alternatives.map((alternative) => alternative.name).join(', ')} to it) and reload sshd.`
            : `Upgrade the server: ${alternatives
                .map((alternative) =>
                  alternative.change ? `${alternative.name} needs ${describeChange(alternative.change)}` : alternative.name,
                )
                .join(', ')}; or remove the ${spec.keyword} line that restricts it.`,
        });
      }
      const windows = otherSoftware(builder.server)?.id === 'windows-openssh' ? otherSoftware(builder.server)!.configure : undefined;
      if (windows) fixes.push({ kind: 'action', text: windows.text, ...(windows.lines ? { lines: windows.lines } : {}) });
      const workaround = workaroundAlgorithm(event.list, offer);
      if (workaround) {
        const impossible = workaroundImpossible(builder.client, workaround);
        if (impossible) notes.push(impossible);
        else {
          fixes.push({
            kind: 'workaround',
            text: `For this host only (${workaroundPlace(resolved)}); it re-enables ${workaround} for ${resolved.host} and nothing else:`,
            lines: hostLines(resolved, [`${spec.keyword} +${workaround}`]),
          });
        }
      }
    } else {
      const clientSays = software(builder.client, 'The client');
      why.push(`${clientSays} offered only: ${facts.join('. ')}.`);
      const ours = transcript.proposals.server[event.list];
      if (ours) why.push(`This server offered: ${list(ours)}; none of the client's.`);
      fixes.push({
        kind: 'upgrade',
        text: `Upgrade the client, or remove the ${spec.keyword} line from its ssh_config or command line that restricts it to these.`,
      });
      const workaround = workaroundAlgorithm(event.list, offer);
      if (workaround) {
        fixes.push({
          kind: 'workaround',
          text: `On the server: sshd cannot scope ${spec.keyword} to one client (it is not allowed in a Match block), so this weakens every connection:`,
          lines: [`${spec.keyword} +${workaround}`],
        });
      }
    }
    notes.push(...configNotesFor(builder, spec.option, event.list));
    const happened =
      clientView.side === 'client'
        ? `The connection to ${resolved.host !== clientView.peer && resolved.host !== 'HOST' ? `${resolved.host} (${clientView.peer})` : clientView.peer} ended before authentication: no ${spec.label} is on both sides' lists.`
        : `A client from ${clientView.peer} was turned away before authentication: no ${spec.label} is on both sides' lists.`;
    builder.add(id, happened, why, fixes, [clientView.ref, ...others], notes);
  }
}

/** The algorithm of the offer a scoped workaround should add: the first OpenSSH implements, SHA-2 before SHA-1. */
function workaroundAlgorithm(kind: ListKind, offer: readonly string[]): string | null {
  const known = offer.filter((name) => knownAlgorithms(LIST[kind].kind).includes(name));
  if (kind === 'hostkey') return known.find((name) => name.startsWith('ssh-rsa')) ?? known[0] ?? null;
  return known.find((name) => weaknessOf(LIST[kind].kind, name) === null) ?? known[0] ?? null;
}

/**
 * Server-side fixes for a server that is not OpenSSH, in the order its software allows: what it can be
 * configured to do first, then the release that brings what is missing. Null for OpenSSH (and OpenSSH for
 * Windows, which takes the OpenSSH fixes plus where its sshd_config lives).
 */
function peerServerFixes(builder: Builder, kind: ListKind): Fix[] | null {
  const peer = otherSoftware(builder.server);
  if (!peer || peer.id === 'windows-openssh') return null;
  const fixes: Fix[] = [];
  const ed25519 = supports(builder.server, 'ed25519');
  const ecdsa = supports(builder.server, 'ecdsa');
  if (kind === 'hostkey' && peer.id === 'dropbear') {
    if (ed25519 !== false) {
      fixes.push({
        kind: ed25519 ? 'fix-config' : 'upgrade',
        text: `Give Dropbear an Ed25519 host key (${firstRelease(peer, 'ed25519')} and later; dropbear loads the keys it finds in /etc/dropbear):`,
        lines: ['dropbearkey -t ed25519 -f /etc/dropbear/dropbear_ed25519_host_key'],
      });
    }
    if (ed25519 !== true && ecdsa !== false) {
      fixes.push({
        kind: 'fix-config',
        text: `${ed25519 === false ? `This Dropbear predates Ed25519 but has ECDSA (${firstRelease(peer, 'ecdsa')})` : 'A Dropbear older than that has ECDSA'}: give it an ECDSA host key:`,
        lines: ['dropbearkey -t ecdsa -s 256 -f /etc/dropbear/dropbear_ecdsa_host_key'],
      });
    }
  } else if (peer.configure?.lines) {
    fixes.push({ kind: 'fix-config', text: peer.configure.text, lines: peer.configure.lines });
  }
  const brings = releasesBringing(peer, ['ed25519', 'rsa-sha2']);
  fixes.push({
    kind: 'upgrade',
    text: `${peer.upgrade}${brings ? `: ${brings}` : ''}.${peer.configure && !peer.configure.lines ? ` ${peer.configure.text}` : ''}`,
  });
  return fixes;
}

export const negotiation = {
  entries: [
    {
      id: 'no-matching-kex',
      stage: 'connection',
      title: 'No common key exchange method',
      symptoms: [
        {
          text: 'Unable to negotiate with HOST port 22: no matching key exchange method found. Their offer: diffie-hellman-group1-sha1',
          seenIn: 'client',
        },
      ],
      cause:
        'Both sides send the key exchange methods they allow (RFC 4253 section 7.1) and the connection ends when no name is on both lists. Usually the old side offers only SHA-1 or 1024-bit Diffie-Hellman groups, which current OpenSSH no longer offers.',
      fixes: [
        'Upgrade the old side, or remove the KexAlgorithms line that restricts it: OpenSSH 6.5 and later have curve25519-sha256@libssh.org, 5.7 and later ecdh-sha2-nistp256.',
        'Last resort, for that one host only: `Host HOST` + `KexAlgorithms +NAME` in ~/.ssh/config, with NAME taken from "Their offer".',
      ],
      changes: ['group1-sha1-disabled', 'ed25519-added', 'ecdsa-added', 'finite-field-dh-server-dropped'],
    },
    {
      id: 'no-matching-host-key-type',
      stage: 'connection',
      title: 'No common host key type',
      symptoms: [
        { text: 'Unable to negotiate with HOST port 22: no matching host key type found. Their offer: ssh-rsa', seenIn: 'client' },
        { text: 'Unable to negotiate with HOST port 22: no matching host key type found. Their offer: ssh-dss', seenIn: 'client' },
      ],
      cause:
        'The server proves its identity with a host key signature the client must accept (HostKeyAlgorithms). A server with only an RSA host key that signs only with ssh-rsa (SHA-1), or only a DSA host key, has nothing a current client accepts.',
      fixes: [
        'Give the server an Ed25519 host key (`ssh-keygen -t ed25519 -f /etc/ssh/ssh_host_ed25519_key -N ""` and `HostKey /etc/ssh/ssh_host_ed25519_key`; OpenSSH 6.5 or later), or upgrade it to OpenSSH 7.2 or later, where the same RSA host key signs with rsa-sha2-256/512.',
        'Last resort, for that one host only: `Host HOST` + `HostKeyAlgorithms +ssh-rsa` (or `+ssh-dss` with a client older than 9.8).',
      ],
      changes: ['ssh-rsa-disabled', 'dsa-disabled', 'rsa-sha2-added', 'ed25519-added', 'dsa-not-built', 'dsa-removed'],
    },
    {
      id: 'no-matching-cipher',
      stage: 'connection',
      title: 'No common cipher',
      symptoms: [
        { text: 'Unable to negotiate with HOST port 22: no matching cipher found. Their offer: aes128-cbc,3des-cbc', seenIn: 'client' },
      ],
      cause:
        'The old side offers only ciphers current OpenSSH no longer offers by default: CBC modes (CVE-2008-5161), 64-bit block ciphers (Sweet32) or RC4.',
      fixes: [
        'Upgrade the old side, or remove the Ciphers line that restricts it: aes128-ctr has been in OpenSSH for over a decade, chacha20-poly1305@openssh.com since 6.5.',
        'Last resort, for that one host only: `Host HOST` + `Ciphers +NAME`.',
      ],
      changes: ['ed25519-added'],
    },
    {
      id: 'no-matching-mac',
      stage: 'connection',
      title: 'No common MAC',
      symptoms: [
        { text: 'Unable to negotiate with HOST port 22: no matching MAC found. Their offer: hmac-md5,hmac-sha1-96', seenIn: 'client' },
      ],
      cause:
        'With a non-AEAD cipher both sides must also agree on a MAC. The old side offers only MD5, RIPEMD-160 or truncated SHA-1 MACs, which current OpenSSH does not offer.',
      fixes: [
        'Upgrade the old side, or remove its MACs line: hmac-sha2-256 and hmac-sha2-512 (and their -etm@openssh.com forms) are what to offer.',
        'Last resort, for that one host only: `Host HOST` + `MACs +NAME`.',
      ],
      changes: [],
    },
  ] as const,
  matchers: [
    {
      pattern:
        /^Unable to negotiate with ([^\s]+) port \d+: no matching (key exchange method|host key type|cipher|MAC) found\. Their offer: (.*)$/,
      read: (match, line) => {
        const list = NEGOTIATION[match[2]!]!;
        line.push({ kind: 'negotiation-failed', list, side: line.side, peer: match[1]!, offer: splitList(match[3]!), ref: line.ref });
      },
    },
  ],
  explain: explainNegotiation,
} satisfies FailureFamily;
