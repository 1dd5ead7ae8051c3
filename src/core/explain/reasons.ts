/**
 * From a Transcript to explanations: which side lacks which algorithm and since which OpenSSH release, what
 * happened to each key, and the fixes in order of preference (a new Ed25519 key; upgrading or fixing the
 * old side; last, a workaround scoped to one Host with its exact lines). Facts come from the algorithm
 * database (algorithms.ts), the OpenSSH timeline (openssh-timeline.ts) and the failure catalogue.
 */
import { knownAlgorithms, weaknessOf, type AlgorithmKind } from '../data/algorithms.js';
import {
  ALGORITHM_HISTORY,
  describeChange,
  includesChange,
  OPENSSH_CLIENT_DEFAULTS,
  type ChangeId,
  type OpensshVersion,
} from '../data/openssh-timeline.js';
import { failure } from './catalogue.js';
import { configuredList, type ConfigFacts, type KeyFacts } from './context.js';
import type { Explanation, FailureId, Fix, ListKind, LoggedKey, LogEvent, LogRef, SoftwareVersion, Transcript } from './types.js';

export interface Resolved {
  keys: KeyFacts[];
  config: ConfigFacts | null;
  /** The name for `Host` lines. */
  host: string;
}

const LIST: Record<ListKind, { kind: AlgorithmKind; option: string; keyword: string; label: string }> = {
  kex: { kind: 'kex', option: 'kexalgorithms', keyword: 'KexAlgorithms', label: 'key exchange' },
  hostkey: { kind: 'signature', option: 'hostkeyalgorithms', keyword: 'HostKeyAlgorithms', label: 'host key algorithm' },
  cipher: { kind: 'cipher', option: 'ciphers', keyword: 'Ciphers', label: 'cipher' },
  mac: { kind: 'mac', option: 'macs', keyword: 'MACs', label: 'MAC' },
};

const NEGOTIATION_ID: Record<ListKind, FailureId> = {
  kex: 'no-matching-kex',
  hostkey: 'no-matching-host-key-type',
  cipher: 'no-matching-cipher',
  mac: 'no-matching-mac',
};

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

const AUTH_FAILURES = new Set<FailureId>([
  'unprotected-private-key',
  'key-load-failed',
  'dsa-key-skipped',
  'key-type-skipped',
  'rsa-key-too-small',
  'no-mutual-signature-algorithm',
  'server-rejects-signature-algorithm',
  'agent-refused-operation',
  'server-strict-modes',
  'forge-rejects-sha1-rsa',
]);

const ORDER: FailureId[] = [
  'no-matching-kex',
  'no-matching-host-key-type',
  'no-matching-cipher',
  'no-matching-mac',
  'host-key-changed',
  'host-key-unknown',
  'unprotected-private-key',
  'key-load-failed',
  'dsa-key-skipped',
  'key-type-skipped',
  'rsa-key-too-small',
  'no-mutual-signature-algorithm',
  'server-rejects-signature-algorithm',
  'agent-refused-operation',
  'server-strict-modes',
  'forge-rejects-sha1-rsa',
  'permission-denied-publickey',
];

function list(names: readonly string[], limit = 6): string {
  if (names.length === 0) return '(nothing)';
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

function software(version: SoftwareVersion | null, fallback: string): string {
  return version ? `${fallback} (${version.text})` : fallback;
}

function atLeast(version: SoftwareVersion | null, change: ChangeId): boolean | null {
  return version?.openssh ? includesChange(version.openssh as OpensshVersion, change) : null;
}

/** Why one algorithm is not offered by current OpenSSH: its weakness, and when it was disabled or removed. */
function algorithmFact(kind: AlgorithmKind, name: string): string {
  const weakness = weaknessOf(kind, name);
  const history = ALGORITHM_HISTORY[name];
  const parts: string[] = [];
  if (weakness) parts.push(weakness.reason);
  // The database's reason may already name the release; the timeline adds the date when it does not.
  if (!weakness?.reason.includes('OpenSSH')) {
    if (history?.disabled) parts.push(`disabled by default since ${describeChange(history.disabled)}`);
    if (history?.removed) parts.push(`removed in ${describeChange(history.removed)}`);
  }
  if (parts.length === 0)
    parts.push(knownAlgorithms(kind).includes(name) ? 'not in the default list of current OpenSSH' : 'not an algorithm OpenSSH implements');
  return `${name}: ${parts.join('; ')}`;
}

function hostLines(resolved: Resolved, lines: string[]): string[] {
  return [`Host ${resolved.host}`, ...lines.map((line) => `    ${line}`)];
}

function workaroundPlace(resolved: Resolved): string {
  const block = resolved.config?.hostBlock;
  if (block) return `in ~/.ssh/config, inside the existing "Host ${block.value}" block (${block.path}:${block.line})`;
  return 'in ~/.ssh/config, before any "Host *" block';
}

class Builder {
  readonly explanations = new Map<FailureId, Explanation>();

  constructor(
    readonly transcript: Transcript,
    readonly resolved: Resolved,
  ) {}

  add(id: FailureId, happened: string, why: string[], fixes: Fix[], evidence: LogRef[], notes: string[] = []): Explanation {
    const existing = this.explanations.get(id);
    if (existing) {
      existing.evidence.push(...evidence);
      return existing;
    }
    const explanation: Explanation = { id, title: failure(id).title, happened, why, fixes, notes, evidence: [...evidence] };
    this.explanations.set(id, explanation);
    return explanation;
  }

  get client(): SoftwareVersion | null {
    return this.transcript.clientVersion;
  }

  get server(): SoftwareVersion | null {
    return this.transcript.serverVersion;
  }

  events<K extends LogEvent['kind']>(kind: K): Extract<LogEvent, { kind: K }>[] {
    return this.transcript.events.filter((event): event is Extract<LogEvent, { kind: K }> => event.kind === kind);
  }
}

export function explainTranscript(transcript: Transcript, resolved: Resolved): Explanation[] {
  const builder = new Builder(transcript, resolved);
  negotiation(builder);
  hostKeys(builder);
  keyFiles(builder);
  skippedKeys(builder);
  signatures(builder);
  agentAndServer(builder);
  forges(builder);
  permissionDenied(builder);
  keyNotes(builder);
  return ORDER.flatMap((id) => {
    const explanation = builder.explanations.get(id);
    return explanation ? [explanation] : [];
  });
}

function negotiation(builder: Builder): void {
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
      if (event.list === 'hostkey') {
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
        ? `The connection to ${clientView.peer} ended before authentication: no ${spec.label} is on both sides' lists.`
        : `A client from ${clientView.peer} was turned away before authentication: no ${spec.label} is on both sides' lists.`;
    builder.add(id, happened, why, fixes, [clientView.ref, ...others], notes);
  }
}

function defaultsFor(kind: ListKind): readonly string[] {
  return OPENSSH_CLIENT_DEFAULTS[LIST[kind].option as keyof typeof OPENSSH_CLIENT_DEFAULTS];
}

/** The algorithm of the offer a scoped workaround should add: the first OpenSSH implements, SHA-2 before SHA-1. */
function workaroundAlgorithm(kind: ListKind, offer: readonly string[]): string | null {
  const known = offer.filter((name) => knownAlgorithms(LIST[kind].kind).includes(name));
  if (kind === 'hostkey') return known.find((name) => name.startsWith('ssh-rsa')) ?? known[0] ?? null;
  return known.find((name) => weaknessOf(LIST[kind].kind, name) === null) ?? known[0] ?? null;
}

function workaroundImpossible(client: SoftwareVersion | null, algorithm: string): string | null {
  if (!algorithm.startsWith('ssh-dss') || !client?.openssh) return null;
  const version = client.openssh as OpensshVersion;
  if (includesChange(version, 'dsa-removed'))
    return `No client-side workaround: DSA was removed in ${describeChange('dsa-removed')}, and this client is ${client.text}.`;
  if (includesChange(version, 'dsa-not-built')) {
    return `No client-side workaround with this build: DSA is not compiled in by default since ${describeChange('dsa-not-built')}, and this client is ${client.text}.`;
  }
  return null;
}

function configNotesFor(builder: Builder, option: string, list: ListKind | 'pubkey'): string[] {
  const config = builder.resolved.config;
  if (!config) return [];
  const notes: string[] = [];
  const defaults = list === 'pubkey' ? OPENSSH_CLIENT_DEFAULTS.pubkeyacceptedalgorithms : defaultsFor(list);
  const configured = configuredList(config, option, defaults);
  if (configured) {
    const { setting } = configured;
    const keyword = list === 'pubkey' ? 'PubkeyAcceptedAlgorithms' : LIST[list].keyword;
    notes.push(
      `${setting.path}:${setting.line} sets ${keyword} ${setting.args.join(' ')} for ${config.host}, so the client offers: ${list_(configured.list)}.`,
    );
  }
  for (const line of config.globalWeakening) {
    if (
      line.keyword.toLowerCase() !== option &&
      !(option === 'pubkeyacceptedalgorithms' && line.keyword.toLowerCase() === 'pubkeyacceptedkeytypes')
    )
      continue;
    notes.push(
      `${line.path}:${line.line} (${line.keyword} ${line.value}) enables ${line.algorithms.join(', ')} for every host, not just ${config.host}: move it under "Host ${config.host}".`,
    );
  }
  return notes;
}

function list_(names: readonly string[]): string {
  return list(names, 8);
}

function hostKeys(builder: Builder): void {
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

function keyFiles(builder: Builder): void {
  for (const event of builder.events('key-permissions')) {
    builder.add(
      'unprotected-private-key',
      `ssh ignored the private key ${event.name}: its permissions are ${event.mode}, readable by others.`,
      [failure('unprotected-private-key').cause],
      [{ kind: 'action', text: 'Make it readable by you alone:', lines: [`chmod 600 ${shellQuote(event.name)}`] }],
      [event.ref],
    );
  }
  for (const event of builder.events('key-load-failed')) {
    const facts = keyFor(builder, event.name);
    const notes: string[] = [];
    const fixes: Fix[] = [];
    if (facts) {
      notes.push(`${facts.path}: ${facts.problems.length > 0 ? facts.problems.join('; ') : describeKey(facts)}.`);
      if (facts.problems.some((problem) => problem.includes('CRLF') || problem.includes('newline'))) {
        fixes.push({
          kind: 'action',
          text: 'Rewrite the file with Unix line endings and a final newline (CI secrets pasted from Windows often lose both):',
          lines: [
            `tr -d '\\r' < ${shellQuote(event.name)} > key.tmp && echo >> key.tmp && mv key.tmp ${shellQuote(event.name)} && chmod 600 ${shellQuote(event.name)}`,
          ],
        });
      }
      if (facts.format?.startsWith('putty')) {
        fixes.push({
          kind: 'action',
          text: 'Convert the PuTTY key to OpenSSH format:',
          lines: [`puttygen ${shellQuote(event.name)} -O private-openssh -o ${shellQuote(event.name + '.openssh')}`],
        });
      }
      if (!facts.isPrivate && facts.type) {
        fixes.push({ kind: 'action', text: 'Point IdentityFile (or -i) at the private key, the file without .pub.' });
      }
    }
    if (fixes.length === 0) {
      fixes.push({
        kind: 'action',
        text: 'Find out what the file is; a private key prints its fingerprint:',
        lines: [`ssh-keygen -l -f ${shellQuote(event.name)}`],
      });
      fixes.push({
        kind: 'action',
        text: 'Common causes: a public key or PuTTY .ppk given as IdentityFile, Windows line endings, a missing final newline, a truncated copy; convert or re-copy the key.',
      });
    }
    fixes.push({
      kind: 'new-key',
      text: 'If the key cannot be repaired, make a new one and install its public half:',
      lines: ['ssh-keygen -t ed25519'],
    });
    builder.add(
      'key-load-failed',
      `ssh could not load the private key ${event.name} ("${event.reason}"), so it was never offered.`,
      [failure('key-load-failed').cause],
      fixes,
      [event.ref],
      notes,
    );
  }
}

function skippedKeys(builder: Builder): void {
  const skipped = builder.events('key-skipped-algorithm');
  const dsa = skipped.filter((event) => event.type.startsWith('ssh-dss'));
  if (dsa.length > 0) {
    const fixes: Fix[] = [newKeyFix(builder, null)];
    const notes: string[] = [];
    const impossible = workaroundImpossible(builder.client, 'ssh-dss');
    if (impossible) notes.push(impossible);
    else {
      fixes.push({
        kind: 'workaround',
        text: `For this host only (${workaroundPlace(builder.resolved)}), and only while the server still accepts DSA:`,
        lines: hostLines(builder.resolved, ['PubkeyAcceptedAlgorithms +ssh-dss']),
      });
    }
    builder.add(
      'dsa-key-skipped',
      `The client skipped the DSA key${dsa.length > 1 ? 's' : ''} ${dsa.map((event) => event.name).join(', ')} without offering ${dsa.length > 1 ? 'them' : 'it'}.`,
      [
        `DSA keys sign only with ssh-dss (1024-bit DSA with SHA-1): ${describeChange('dsa-disabled')} disabled it by default, ${describeChange('dsa-not-built')} stopped building it and ${describeChange('dsa-removed')} removed it.`,
        ...(builder.client ? [`This client is ${builder.client.text}.`] : []),
      ],
      fixes,
      dsa.map((event) => event.ref),
      [...notes, ...configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey')],
    );
  }
  const others = skipped.filter((event) => !event.type.startsWith('ssh-dss'));
  if (others.length > 0) {
    builder.add(
      'key-type-skipped',
      `The client skipped ${others.map((event) => `${event.name} (${event.type})`).join(', ')}: its ${others[0]!.option} allows no signature algorithm for that key type.`,
      [failure('key-type-skipped').cause],
      [
        newKeyFix(builder, null),
        { kind: 'fix-config', text: `Or remove or widen the ${others[0]!.option} line in the client configuration.` },
      ],
      others.map((event) => event.ref),
      configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey'),
    );
  }
  const small = [
    ...builder.events('key-skipped').filter((event) => /key length|too small/i.test(event.reason)),
    ...builder.events('server-rsa-too-small'),
  ];
  if (small.length > 0) {
    const notes: string[] = [];
    const rsaKeys = builder.resolved.keys.filter((key) => key.type === 'ssh-rsa' || key.type?.startsWith('ssh-rsa-cert'));
    for (const key of rsaKeys) notes.push(`${key.path} is a ${key.bits ?? '?'}-bit RSA key.`);
    const required = builder.resolved.config?.settings.get('requiredrsasize');
    if (required) notes.push(`${required.path}:${required.line} sets RequiredRSASize ${required.args[0]} for ${builder.resolved.host}.`);
    const sides = [
      ...(builder.events('key-skipped').some((event) => /key length|too small/i.test(event.reason)) ? ['the client'] : []),
      ...(builder.events('server-rsa-too-small').length > 0 ? ['the server'] : []),
    ];
    builder.add(
      'rsa-key-too-small',
      `${capitalise(sides.join(' and '))} refused the RSA key as too short ("Invalid key length").`,
      [
        `OpenSSH refuses RSA keys below 1024 bits since ${describeChange('rsa-minimum-1024')}, and since ${describeChange('required-rsa-size')} below RequiredRSASize on either side (default 1024; crypto policies such as RHEL 9 raise it to 2048).`,
      ],
      [
        newKeyFix(builder, null),
        { kind: 'new-key', text: 'Where RSA is required, make it at least 3072 bits:', lines: ['ssh-keygen -t rsa -b 3072'] },
        {
          kind: 'action',
          text: 'There is no workaround: RequiredRSASize can only be raised from its default, and keys below 1024 bits are refused regardless.',
        },
      ],
      small.map((event) => event.ref),
      notes,
    );
  }
}

function signatures(builder: Builder): void {
  const { transcript, resolved } = builder;
  const events = builder.events('no-mutual-signature');
  if (events.length > 0) {
    const key = events[0]!.key;
    const why: string[] = [];
    const sigAlgs = transcript.serverSigAlgs;
    const clientCurrent = atLeast(builder.client, 'ssh-rsa-disabled');
    why.push(
      `An RSA key signs with ssh-rsa (SHA-1) or, since ${describeChange('rsa-sha2-added')}, rsa-sha2-256/512. ${describeChange('ssh-rsa-disabled')} disabled ssh-rsa by default${
        builder.client
          ? `; your client is ${builder.client.text}${clientCurrent === false ? ', older than that, so its configuration must exclude ssh-rsa' : ''}`
          : ''
      }.`,
    );
    if (sigAlgs === null) {
      why.push(
        transcript.extInfoObservable
          ? 'The server sent no server-sig-algs extension (RFC 8308), so the client cannot know it accepts rsa-sha2-256/512 and has no signature algorithm left for the key.'
          : 'The log shows no server-sig-algs extension (RFC 8308) from the server (run ssh with -v to be sure), so the client has no signature algorithm left for the key.',
      );
    } else {
      const rsa = sigAlgs.filter((name) => name.startsWith('rsa-sha2') || name === 'ssh-rsa');
      why.push(
        `The server's server-sig-algs lists ${list(rsa)} for RSA${rsa.some((name) => name.startsWith('rsa-sha2')) ? '' : ': no SHA-2 signature'}.`,
      );
    }
    if (builder.server) {
      const modern = atLeast(builder.server, 'rsa-sha2-added');
      why.push(
        modern === false
          ? `The server is ${builder.server.text}, older than ${describeChange('rsa-sha2-added')}: it predates rsa-sha2 and server-sig-algs.`
          : modern === true
            ? `The server is ${builder.server.text}, which supports rsa-sha2 (since ${describeChange('rsa-sha2-added')}): its PubkeyAcceptedAlgorithms or the client's configuration excludes it.`
            : `The server is ${builder.server.text}.`,
      );
    }
    why.push(
      'The key length has nothing to do with it: any RSA key fails the same way, and ssh moves on to the next method (often a password prompt).',
    );
    const fixes: Fix[] = [newKeyFix(builder, builder.server)];
    fixes.push({
      kind: 'upgrade',
      text: `Upgrade the server to OpenSSH 7.2 or later (or software with RFC 8332 and RFC 8308): the same RSA key then signs with rsa-sha2-512.`,
    });
    fixes.push({
      kind: 'workaround',
      text: `For this host only (${workaroundPlace(resolved)}); SHA-1 signatures for ${resolved.host} and nothing else:`,
      lines: hostLines(resolved, ['PubkeyAcceptedAlgorithms +ssh-rsa']),
    });
    const notes = configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey');
    builder.add(
      'no-mutual-signature-algorithm',
      `The client did not offer the RSA key${key ? ` ${key.name}${key.fingerprint ? ` (${key.fingerprint})` : ''}` : ''}: it found no signature algorithm that both it and the server accept.`,
      why,
      fixes,
      events.map((event) => event.ref),
      notes,
    );
  }

  const rejected = builder.events('server-rejected-algorithm');
  if (rejected.length > 0) {
    const first = rejected[0]!;
    const algorithms = [...new Set(rejected.map((event) => event.algorithm))];
    const rsaSha2 = algorithms.some((name) => name.startsWith('rsa-sha2'));
    const why: string[] = [
      `The server's ${first.option} does not list ${algorithms.join(', ')}, the ${first.what} the client used. PubkeyAcceptedAlgorithms names signature algorithms, not key types: ssh-rsa there means RSA keys with SHA-1 signatures only.`,
    ];
    if (rsaSha2) {
      why.push(
        `Since ${describeChange('rsa-sha2-added')} RSA keys sign with rsa-sha2-256/512, and since ${describeChange('ssh-rsa-disabled')} clients no longer use ssh-rsa unless told to.`,
      );
    }
    const sigAlgs = transcript.serverSigAlgs;
    if (sigAlgs && algorithms.some((name) => sigAlgs.includes(name))) {
      why.push(
        `The server still advertised ${algorithms.filter((name) => sigAlgs.includes(name)).join(', ')} in server-sig-algs (OpenSSH does not filter that list by PubkeyAcceptedAlgorithms), so the client had no way to know; it only says "Permission denied".`,
      );
    }
    const fixes: Fix[] = [
      {
        kind: 'fix-config',
        text: `Fix the server: remove the ${first.option} line from sshd_config (and any Match block), or list the SHA-2 algorithms, then reload sshd:`,
        lines: [`${first.option} ssh-ed25519,rsa-sha2-512,rsa-sha2-256`],
      },
    ];
    if (rsaSha2) {
      fixes.push({
        kind: 'workaround',
        text: `For this host only (${workaroundPlace(resolved)}): make the client sign with SHA-1 for ${resolved.host} (a "+ssh-rsa" is not enough: the client would still prefer rsa-sha2-512):`,
        lines: hostLines(resolved, ['PubkeyAcceptedAlgorithms ssh-rsa']),
      });
    }
    builder.add(
      'server-rejects-signature-algorithm',
      `The server refused the key before checking it: the client signed with ${algorithms.join(', ')}, which the server's ${first.option} does not allow.`,
      why,
      fixes,
      rejected.map((event) => event.ref),
    );
  }
}

function agentAndServer(builder: Builder): void {
  for (const event of builder.events('agent-refused')) {
    builder.add(
      'agent-refused-operation',
      `The server accepted the ${event.keyKind} key "${event.name}", but the agent holding it refused to sign.`,
      [failure('agent-refused-operation').cause],
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
      [failure('server-strict-modes').cause],
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

function forges(builder: Builder): void {
  for (const event of builder.events('forge-sha1-rsa')) {
    const name = event.forge === 'github' ? 'GitHub' : 'Azure DevOps';
    builder.add(
      'forge-rejects-sha1-rsa',
      `${name} refused the connection because the client signed with ssh-rsa (RSA with SHA-1).`,
      [failure('forge-rejects-sha1-rsa').cause, ...(builder.client ? [`The client is ${builder.client.text}.`] : [])],
      [
        newKeyFix(builder, null),
        {
          kind: 'upgrade',
          text: 'Upgrade the SSH client or library to one that signs RSA keys with rsa-sha2-256/512 (OpenSSH 7.2 or later, libssh2 1.11, current JSch forks and Go x/crypto), and remove any PubkeyAcceptedAlgorithms setting that forces ssh-rsa.',
        },
      ],
      [event.ref],
      configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey'),
    );
  }
}

function permissionDenied(builder: Builder): void {
  const denied = builder.events('permission-denied');
  if (denied.length === 0) return;
  const explained = [...builder.explanations.values()].filter((explanation) => AUTH_FAILURES.has(explanation.id));
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

/** --key: what the key is, and whether the log shows it. Added to every explanation about authentication. */
function keyNotes(builder: Builder): void {
  if (builder.resolved.keys.length === 0) return;
  const logged = builder.transcript.events.flatMap((event) => ('key' in event && event.key ? [event.key] : []));
  const notes: string[] = [];
  for (const key of builder.resolved.keys) {
    const seen = key.fingerprint ? logged.find((entry) => entry.fingerprint === key.fingerprint) : undefined;
    let note = `${key.path}: ${describeKey(key)}`;
    if (seen) note += `; the log shows it at ${seen.ref.input}:${seen.ref.line}`;
    else if (key.fingerprint && logged.some((entry) => entry.fingerprint)) note += '; the log does not show this key being offered';
    if (key.type === 'ssh-rsa' && builder.explanations.has('no-mutual-signature-algorithm'))
      note += '. It is RSA, the key type this failure affects; an Ed25519 key does not have it';
    if (key.type === 'ssh-rsa' && builder.explanations.has('server-rejects-signature-algorithm'))
      note += '. It is RSA: the server accepts it only with ssh-rsa (SHA-1) signatures';
    if (key.type === 'ssh-dss') note += `. DSA keys stopped working by default in ${describeChange('dsa-disabled')}`;
    notes.push(note + '.');
  }
  for (const explanation of builder.explanations.values()) {
    if (AUTH_FAILURES.has(explanation.id) || explanation.id === 'permission-denied-publickey') {
      for (const note of notes)
        if (!explanation.notes.some((existing) => existing.startsWith(note.split(':')[0]!))) explanation.notes.push(note);
    }
  }
}

function describeKey(key: KeyFacts): string {
  if (!key.type) return key.problems.join('; ') || 'not a key';
  const parts = [`${key.isPrivate ? 'private' : 'public'} ${key.type}`];
  if (key.bits) parts.push(`${key.bits} bits`);
  if (key.fingerprint) parts.push(key.fingerprint);
  return parts.join(', ') + (key.problems.length > 0 ? ` (${key.problems.join('; ')})` : '');
}

function describeLogged(key: LoggedKey): string {
  return [key.name, key.kind, key.fingerprint].filter(Boolean).join(' ');
}

function keyFor(builder: Builder, name: string): KeyFacts | undefined {
  const keys = builder.resolved.keys;
  const base = (path: string): string => path.split(/[\\/]/).pop()!;
  return (
    keys.find((key) => key.path === name) ?? keys.find((key) => base(key.path) === base(name)) ?? (keys.length === 1 ? keys[0] : undefined)
  );
}

/** A new Ed25519 key, or ECDSA when the server is known to predate Ed25519 (OpenSSH 6.5). */
function newKeyFix(builder: Builder, server: SoftwareVersion | null): Fix {
  const user = builder.transcript.user;
  const target = `${user ? `${user}@` : ''}${builder.resolved.host}`;
  if (server && atLeast(server, 'ed25519-added') === false && atLeast(server, 'ecdsa-added') === true) {
    return {
      kind: 'new-key',
      text: `Make an ECDSA key (the server, ${server.text}, predates Ed25519, added in ${describeChange('ed25519-added')}) and install its public half:`,
      lines: ['ssh-keygen -t ecdsa -b 256 -f ~/.ssh/id_ecdsa', `ssh-copy-id -i ~/.ssh/id_ecdsa.pub ${target}`],
    };
  }
  return {
    kind: 'new-key',
    text: 'Make an Ed25519 key and install its public half where the old key was authorised (or add it to the forge account):',
    lines: ['ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519', `ssh-copy-id -i ~/.ssh/id_ed25519.pub ${target}`],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shellQuote(text: string): string {
  return /^[\w@%+=:,./~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
