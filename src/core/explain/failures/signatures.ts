/**
 * Failures over RSA signature algorithms (RFC 8332: one RSA key, signatures ssh-rsa with SHA-1 or
 * rsa-sha2-256/512): a client with no algorithm it may use because the server sent no server-sig-algs
 * (RFC 8308); a server whose PubkeyAcceptedAlgorithms refuses the SHA-2 algorithm the client chose (the
 * server's to fix); a client that signed with ssh-rsa or ssh-dss, which OpenSSH 8.8 and later refuse by
 * default (the client's to fix: its library, its configuration or its key, named from the logs); and the
 * forges' own refusals of SHA-1.
 */
import { describeChange } from '../../data/openssh-timeline.js';
import { SSH_SOFTWARE, softwareFact } from '../../data/ssh-software.js';
import type { FailureFamily } from '../failure-family.js';
import {
  atLeast,
  configNotesFor,
  firstRelease,
  hostLines,
  list,
  newKeyFix,
  otherSoftware,
  supports,
  workaroundPlace,
  type Builder,
} from '../reasons.js';
import type { Fix } from '../types.js';

/** Signature algorithms that hash with SHA-1, which OpenSSH 8.8 (ssh-rsa) and 7.0 (ssh-dss) stopped accepting. */
function isSha1Signature(algorithm: string): boolean {
  return algorithm === 'ssh-rsa' || algorithm === 'ssh-dss' || algorithm.startsWith('ssh-rsa-cert') || algorithm.startsWith('ssh-dss-cert');
}

/** "JSch 0.1.57 (com.github.mwiede fork), ssh2 1.12.0, ..." : the first release of each library that signs with rsa-sha2. */
function libraryReleases(): string {
  return SSH_SOFTWARE.filter((entry) => entry.role === 'client library' || entry.role === 'client')
    .flatMap((entry) => {
      const fact = softwareFact(entry, 'rsa-sha2') ?? softwareFact(entry, 'server-sig-algs');
      return fact ? [`${entry.name} ${fact.version}`] : [];
    })
    .join(', ');
}

function explainNoMutualSignature(builder: Builder): void {
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
      const modern = builder.server.openssh ? atLeast(builder.server, 'rsa-sha2-added') : supports(builder.server, 'server-sig-algs');
      const peer = otherSoftware(builder.server);
      const since = peer ? firstRelease(peer, 'server-sig-algs') : describeChange('rsa-sha2-added');
      why.push(
        modern === false
          ? `The server is ${builder.server.text}, older than ${since}: it predates rsa-sha2 and server-sig-algs.`
          : modern === true
            ? `The server is ${builder.server.text}, which supports rsa-sha2 (since ${since}): its configuration or the client's excludes it.`
            : `The server is ${builder.server.text}.`,
      );
    }
    why.push(
      'The key length has nothing to do with it: any RSA key fails the same way, and ssh moves on to the next method (often a password prompt).',
    );
    const fixes: Fix[] = [newKeyFix(builder, builder.server)];
    const peer = otherSoftware(builder.server);
    const peerRelease = peer ? firstRelease(peer, 'server-sig-algs') : null;
    fixes.push({
      kind: 'upgrade',
      text: peer
        ? `${peer.upgrade}${peerRelease ? ` to ${peerRelease} or later` : ' to a release with RFC 8332 and RFC 8308'}: the same RSA key then signs with rsa-sha2.`
        : `Upgrade the server to OpenSSH 7.2 or later (or software with RFC 8332 and RFC 8308): the same RSA key then signs with rsa-sha2-512.`,
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
}

function explainServerRejects(builder: Builder): void {
  const { transcript, resolved } = builder;
  // SHA-1 signatures the client chose are the client's to fix (clientSignsSha1); the rest are the server's.
  const rejected = builder.events('server-rejected-algorithm').filter((event) => !isSha1Signature(event.algorithm));
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

/**
 * The server refused ssh-rsa (or ssh-dss): the client chose a SHA-1 signature. OpenSSH 8.8 and later refuse
 * it by default, so the server is doing what it should; the fix is on the client, named as the logs allow:
 * an OpenSSH client whose configuration forces ssh-rsa, a library (from its identification string) with the
 * first release that signs with rsa-sha2, or a client that never asked for server-sig-algs.
 */
function explainClientSignsSha1(builder: Builder): void {
  const { transcript } = builder;
  const rejected = builder.events('server-rejected-algorithm').filter((event) => isSha1Signature(event.algorithm));
  if (rejected.length === 0) return;
  const first = rejected[0]!;
  const algorithms = [...new Set(rejected.map((event) => event.algorithm))];
  const dsaOnly = algorithms.every((name) => name.startsWith('ssh-dss'));
  const client = builder.client;
  const library = otherSoftware(client);
  const clientName = library ? `${library.name} (${client!.text})` : client ? client.text : 'the client';
  const why: string[] = [];
  const serverRefusesByDefault = builder.server ? atLeast(builder.server, dsaOnly ? 'dsa-disabled' : 'ssh-rsa-disabled') : null;
  why.push(
    `${dsaOnly ? 'ssh-dss (DSA with SHA-1)' : 'ssh-rsa (RSA with SHA-1)'} is off by default since ${describeChange(dsaOnly ? 'dsa-disabled' : 'ssh-rsa-disabled')}${
      serverRefusesByDefault === true
        ? `, and the server is ${builder.server!.text}: its refusal is the default, not a setting to undo`
        : serverRefusesByDefault === false
          ? `; this server (${builder.server!.text}) is older, so a PubkeyAcceptedAlgorithms line of its own excludes it`
          : ''
    }.`,
  );
  const sigAlgs = transcript.serverSigAlgs;
  const sha2Offered = sigAlgs?.filter((name) => name.startsWith('rsa-sha2')) ?? [];
  if (!dsaOnly && sha2Offered.length > 0) {
    why.push(
      `The server offered ${sha2Offered.join(', ')} in server-sig-algs (RFC 8308): a client that reads it signs the same RSA key with SHA-2.`,
    );
  }
  if (transcript.clientAsksExtInfo === false) {
    why.push(
      'The client did not ask for server-sig-algs (no ext-info-c in its key exchange proposal), so it cannot learn that the server takes rsa-sha2: the mark of a client or library from before RFC 8308.',
    );
  }
  const fixes: Fix[] = [];
  const opensshClient = client?.openssh ? atLeast(client, 'rsa-sha2-added') : null;
  if (dsaOnly) {
    fixes.push(newKeyFix(builder, builder.server));
  } else if (opensshClient === true) {
    why.push(
      `The client is ${client!.text}, which signs RSA keys with rsa-sha2-512 by default since ${describeChange('rsa-sha2-added')}: its configuration forces ssh-rsa.`,
    );
    fixes.push({
      kind: 'fix-config',
      text: 'Stop forcing SHA-1 in the client: remove the PubkeyAcceptedAlgorithms (or PubkeyAcceptedKeyTypes) setting that lists only ssh-rsa, in ~/.ssh/config, /etc/ssh/ssh_config or -o on the command line; the client then signs with rsa-sha2-512.',
    });
    fixes.push(newKeyFix(builder, builder.server));
  } else if (library) {
    const release = firstRelease(library, 'rsa-sha2') ?? firstRelease(library, 'server-sig-algs');
    const has = supports(client, 'rsa-sha2');
    why.push(
      `The client is ${clientName}. ${release ? `${library.name} signs RSA keys with rsa-sha2 from ${release}` : `${library.name} records no release with rsa-sha2 here`}${
        has === false ? '; this one is older' : has === true ? '; this one should, so its configuration forces ssh-rsa' : ''
      }.`,
    );
    fixes.push({
      kind: 'upgrade',
      text: `Upgrade the client library: ${library.upgrade.charAt(0).toLowerCase()}${library.upgrade.slice(1)}${release ? `; ${release} is the first release that signs with rsa-sha2` : ''}.`,
    });
    fixes.push(newKeyFix(builder, builder.server));
  } else {
    why.push(
      `${client ? `The client is ${client.text}.` : 'The logs do not name the client software (sshd logs it at LogLevel DEBUG1 as "remote software version").'} SSH libraries that sign only with ssh-rsa are the usual cause: JSch (com.jcraft), and releases older than ${libraryReleases()}.`,
    );
    fixes.push({
      kind: 'upgrade',
      text: `Upgrade the client or library that signed with ssh-rsa to a release with rsa-sha2 signatures (${libraryReleases()}), or replace it; if it is OpenSSH 7.2 or later, remove the PubkeyAcceptedAlgorithms setting that forces ssh-rsa.`,
    });
    fixes.push(newKeyFix(builder, builder.server));
  }
  // PubkeyAcceptedAlgorithms is allowed in a Match block (sshd_config(5)): scope the exception to this client.
  const ended = builder.events('server-auth-ended')[0];
  const criteria = [ended?.user ? `User ${ended.user}` : 'User USER', ...(ended?.address ? [`Address ${ended.address}`] : [])];
  fixes.push({
    kind: 'workaround',
    text: `On the server, in sshd_config, for that one ${ended?.address ? 'user and address' : 'user'} only (it accepts SHA-1 signatures from them and nobody else), then reload sshd:`,
    lines: [`Match ${criteria.join(' ')}`, `    PubkeyAcceptedAlgorithms +${dsaOnly ? 'ssh-dss' : 'ssh-rsa'}`],
  });
  builder.add(
    'client-signs-with-sha1',
    `The client signed with ${algorithms.join(', ')} (${dsaOnly ? 'DSA' : 'RSA'} with SHA-1), which the server's ${first.option} refuses: ${clientName} chose SHA-1${
      !dsaOnly && sha2Offered.length > 0 ? ' although the server offered rsa-sha2' : ''
    }.`,
    why,
    fixes,
    rejected.map((event) => event.ref),
    configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey'),
  );
}

function explainForges(builder: Builder): void {
  for (const event of builder.events('forge-sha1-rsa')) {
    const name = event.forge === 'github' ? 'GitHub' : 'Azure DevOps';
    builder.add(
      'forge-rejects-sha1-rsa',
      `${name} refused the connection because the client signed with ssh-rsa (RSA with SHA-1).`,
      [signatures.entries[3].cause, ...(builder.client ? [`The client is ${builder.client.text}.`] : [])],
      [
        newKeyFix(builder, null),
        {
          kind: 'upgrade',
          text: `Upgrade the SSH client or library to one that signs RSA keys with rsa-sha2-256/512 (OpenSSH 7.2 or later; ${libraryReleases()}), and remove any PubkeyAcceptedAlgorithms setting that forces ssh-rsa.`,
        },
      ],
      [event.ref],
      configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey'),
    );
  }
}

export const signatures = {
  entries: [
    {
      id: 'no-mutual-signature-algorithm',
      stage: 'authentication',
      title: 'No mutual signature algorithm for an RSA key',
      symptoms: [
        { text: 'debug1: send_pubkey_test: no mutual signature algorithm', seenIn: 'client' },
        { text: 'debug1: sign_and_send_pubkey: no mutual signature algorithm', seenIn: 'client' },
      ],
      cause:
        'An RSA key can sign with ssh-rsa (SHA-1) or rsa-sha2-256/512. The client (OpenSSH 8.8 or later) no longer uses ssh-rsa, and the server either sent no server-sig-algs (RFC 8308), as servers older than OpenSSH 7.2 do, or listed only ssh-rsa. The key is never tried and ssh moves on to a password prompt. The key length has nothing to do with it.',
      fixes: [
        'Make an Ed25519 key (`ssh-keygen -t ed25519`; the server needs OpenSSH 6.5 or later) and install its public half.',
        'Upgrade the server to OpenSSH 7.2 or later (or software that implements RFC 8332 and RFC 8308): the same RSA key then works with rsa-sha2-256/512.',
        'Last resort, for that one host only: `Host HOST` + `PubkeyAcceptedAlgorithms +ssh-rsa`.',
      ],
      changes: ['ssh-rsa-disabled', 'rsa-sha2-added', 'ed25519-added'],
    },
    {
      id: 'server-rejects-signature-algorithm',
      stage: 'authentication',
      title: 'The server refuses the signature algorithm',
      symptoms: [
        { text: 'userauth_pubkey: signature algorithm rsa-sha2-512 not in PubkeyAcceptedAlgorithms [preauth]', seenIn: 'server' },
        { text: 'userauth_pubkey: signature algorithm rsa-sha2-256 not in PubkeyAcceptedAlgorithms [preauth]', seenIn: 'server' },
      ],
      cause:
        "The server's PubkeyAcceptedAlgorithms does not list the algorithm the client used. A list with only ssh-rsa means RSA keys only with SHA-1 signatures: OpenSSH 9.x still advertises every algorithm in server-sig-algs, so the client tries rsa-sha2-512 and sees only `Permission denied (publickey)`; the reason is in the server log alone.",
      fixes: [
        'Fix the server: remove the PubkeyAcceptedAlgorithms (or PubkeyAcceptedKeyTypes) line from sshd_config, or list rsa-sha2-512,rsa-sha2-256 and ssh-ed25519 in it, and reload sshd.',
        'Last resort, for that one host only: `Host HOST` + `PubkeyAcceptedAlgorithms ssh-rsa` on the client, which makes it sign with SHA-1.',
      ],
      changes: ['rsa-sha2-added', 'accepted-algorithms-renamed', 'ssh-rsa-disabled'],
    },
    {
      id: 'client-signs-with-sha1',
      stage: 'authentication',
      title: 'The client signed with SHA-1, which the server refuses',
      symptoms: [
        { text: 'userauth_pubkey: signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]', seenIn: 'server' },
        { text: 'userauth_pubkey: key type ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]', seenIn: 'server' },
        { text: 'userauth_pubkey: key type ssh-dss not in PubkeyAcceptedAlgorithms [preauth]', seenIn: 'server' },
      ],
      cause:
        'The client signed with ssh-rsa (RSA with SHA-1), which OpenSSH 8.8 and later refuse by default, or ssh-dss (DSA, refused since 7.0); the client only sees `Permission denied (publickey)`. The refusal is the server doing its job. The same RSA key works with rsa-sha2-256/512, which the server offers in server-sig-algs: the client either never reads that list (JSch from com.jcraft, and releases of ssh2, libssh2, paramiko, SSH.NET, Go x/crypto and PuTTY from before their rsa-sha2 support; see Other SSH software below) or is configured to force ssh-rsa.',
      fixes: [
        'Upgrade the client library to its first release with rsa-sha2 signatures (listed under Other SSH software below), or, for an OpenSSH client, remove the PubkeyAcceptedAlgorithms setting that forces ssh-rsa.',
        'Make an Ed25519 key (`ssh-keygen -t ed25519`) where the client supports it, and install its public half.',
        'Last resort, on the server and for that one client only: `Match User USER Address ADDRESS` + `PubkeyAcceptedAlgorithms +ssh-rsa` in sshd_config.',
      ],
      changes: ['ssh-rsa-disabled', 'rsa-sha2-added', 'dsa-disabled'],
    },
    {
      id: 'forge-rejects-sha1-rsa',
      stage: 'authentication',
      title: 'The forge rejects RSA signatures with SHA-1',
      symptoms: [
        {
          text: "ERROR: You're using an RSA key with SHA-1, which is no longer allowed. Please use a newer client or a different key type.",
          seenIn: 'forge',
        },
        {
          text: 'remote: Command git-upload-pack: You’re using ssh-rsa that is about to be deprecated and your request has been blocked intentionally.',
          seenIn: 'forge',
        },
      ],
      cause:
        'GitHub requires SHA-2 signatures for RSA keys added after 2021-11-02 (https://github.blog/security/application-security/improving-git-protocol-security-github/); Azure DevOps is phasing out ssh-rsa (https://devblogs.microsoft.com/devops/ssh-rsa-deprecation/). The client signed with ssh-rsa: an SSH library without rsa-sha2 (older libssh2, JSch, Go x/crypto), an OpenSSH older than 7.2, or a configuration that forces ssh-rsa.',
      fixes: [
        'Make an Ed25519 key (`ssh-keygen -t ed25519`) and add it to the account or as a deploy key.',
        'Upgrade the client or library to one that signs with rsa-sha2-256/512 (OpenSSH 7.2 or later), and remove any PubkeyAcceptedAlgorithms line that forces ssh-rsa.',
      ],
      changes: ['rsa-sha2-added', 'ssh-rsa-disabled'],
    },
  ] as const,
  matchers: [
    {
      pattern: /^(?:send_pubkey_test|sign_and_send_pubkey|identity_sign): no mutual signature algorithm/,
      read: (_match, line) => line.push({ kind: 'no-mutual-signature', key: line.state.lastKey, ref: line.ref }),
    },
    {
      pattern: /^userauth_pubkey: (signature algorithm|key type|unsupported public key algorithm:?) ([^\s]+) not in (PubkeyAccepted\w+)/,
      read: (match, line) =>
        line.push({
          kind: 'server-rejected-algorithm',
          what: match[1]!.replace(/:$/, ''),
          algorithm: match[2]!,
          option: match[3]!,
          ref: line.ref,
        }),
    },
    // Who the server turned away, for a Match block scoped to them (auth2.c, auth.c).
    {
      pattern: /^(?:Connection closed|Disconnected from) (?:by )?(?:authenticating|invalid) user ([^\s]+) ([^\s]+) port \d+/,
      onlyOn: 'server',
      read: (match, line) => line.push({ kind: 'server-auth-ended', user: match[1]!, address: match[2]!, ref: line.ref }),
    },
    {
      pattern: /^Failed publickey for (?:invalid user )?([^\s]+) from ([^\s]+) port \d+/,
      onlyOn: 'server',
      read: (match, line) => line.push({ kind: 'server-auth-ended', user: match[1]!, address: match[2]!, ref: line.ref }),
    },
    // What the forges print through git (`remote: ` or `ERROR: `).
    {
      pattern: /You're using an RSA key with SHA-1, which is no longer allowed/,
      read: (_match, line) => line.push({ kind: 'forge-sha1-rsa', forge: 'github', ref: line.ref }),
    },
    {
      pattern: /You.re using ssh-rsa that is about to be deprecated/,
      read: (_match, line) => line.push({ kind: 'forge-sha1-rsa', forge: 'azure-devops', ref: line.ref }),
    },
  ],
  explain(builder: Builder): void {
    explainNoMutualSignature(builder);
    explainServerRejects(builder);
    explainClientSignsSha1(builder);
    explainForges(builder);
  },
} satisfies FailureFamily;
