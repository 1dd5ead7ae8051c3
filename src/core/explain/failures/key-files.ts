/**
 * Failures of the client's own keys: a private key others can read, a file ssh cannot load, a key its
 * configuration never offers (DSA since OpenSSH 7.0, a type PubkeyAcceptedAlgorithms excludes) and an RSA key
 * below the size either side requires. Also reads which keys the client attempted, offered and tried, which
 * the other families quote.
 */
import { describeChange } from '../../data/openssh-timeline.js';
import type { FailureFamily } from '../failure-family.js';
import { parseKeyDescription } from '../log-line.js';
import {
  capitalise,
  configNotesFor,
  describeKey,
  hostLines,
  keyFor,
  newKeyFix,
  shellQuote,
  workaroundImpossible,
  workaroundPlace,
  type Builder,
} from '../reasons.js';
import type { Fix } from '../types.js';

const TOO_SMALL = /key length|too small/i;

function explainKeyFiles(builder: Builder): void {
  for (const event of builder.events('key-permissions')) {
    builder.add(
      'unprotected-private-key',
      `ssh ignored the private key ${event.name}: its permissions are ${event.mode}, readable by others.`,
      [keyFiles.entries[0].cause],
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
      [keyFiles.entries[1].cause],
      fixes,
      [event.ref],
      notes,
    );
  }
}

function explainSkippedKeys(builder: Builder): void {
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
      [keyFiles.entries[3].cause],
      [
        newKeyFix(builder, null),
        { kind: 'fix-config', text: `Or remove or widen the ${others[0]!.option} line in the client configuration.` },
      ],
      others.map((event) => event.ref),
      configNotesFor(builder, 'pubkeyacceptedalgorithms', 'pubkey'),
    );
  }
  const small = [
    ...builder.events('key-skipped').filter((event) => TOO_SMALL.test(event.reason)),
    ...builder.events('server-rsa-too-small'),
  ];
  if (small.length > 0) {
    const notes: string[] = [];
    const rsaKeys = builder.resolved.keys.filter((key) => key.type === 'ssh-rsa' || key.type?.startsWith('ssh-rsa-cert'));
    for (const key of rsaKeys) notes.push(`${key.path} is a ${key.bits ?? '?'}-bit RSA key.`);
    const required = builder.resolved.config?.settings.get('requiredrsasize');
    if (required) notes.push(`${required.path}:${required.line} sets RequiredRSASize ${required.args[0]} for ${builder.resolved.host}.`);
    const sides = [
      ...(builder.events('key-skipped').some((event) => TOO_SMALL.test(event.reason)) ? ['the client'] : []),
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

export const keyFiles = {
  entries: [
    {
      id: 'unprotected-private-key',
      stage: 'authentication',
      title: 'Private key file readable by others',
      symptoms: [{ text: "Permissions 0644 for '/home/me/.ssh/id_ed25519' are too open.", seenIn: 'client' }],
      cause:
        'ssh ignores a private key that group or others can read (authfile.c), so the key is never offered. It prints this line under a `WARNING: UNPROTECTED PRIVATE KEY FILE!` banner; the line names the file and its mode.',
      fixes: ['`chmod 600 FILE` (on Windows: remove inheritance and every other user from the file with icacls or the Security tab).'],
      changes: [],
    },
    {
      id: 'key-load-failed',
      stage: 'authentication',
      title: 'The private key file could not be loaded',
      symptoms: [
        { text: 'Load key "/home/me/.ssh/id_rsa": invalid format', seenIn: 'client' },
        { text: 'Load key "/home/me/.ssh/id_rsa": error in libcrypto', seenIn: 'client' },
      ],
      cause:
        'The file is not a private key ssh can read: a public key or a PuTTY .ppk given as IdentityFile, a key pasted with Windows line endings or without its final newline (common with CI secrets), a truncated copy, or a format this build does not support. OpenSSH built with OpenSSL 3 reports most of these as "error in libcrypto".',
      fixes: [
        'Check what the file is with `ssh-keygen -l -f FILE`; convert PuTTY keys with `puttygen FILE -O private-openssh -o NEWFILE`; strip carriage returns (`tr -d "\\r"`) and make sure the file ends with a newline.',
        'If it cannot be repaired, make a new Ed25519 key and install its public half.',
      ],
      changes: [],
    },
    {
      id: 'dsa-key-skipped',
      stage: 'authentication',
      title: 'DSA key skipped',
      symptoms: [
        {
          text: 'debug1: Skipping ssh-dss key /home/me/.ssh/id_dsa - corresponding algo not in PubkeyAcceptedAlgorithms',
          seenIn: 'client',
        },
      ],
      cause: 'OpenSSH 7.0 disabled ssh-dss by default, 9.8 stopped building it and 10.0 removed it: the client never offers a DSA key.',
      fixes: [
        'Make an Ed25519 key (`ssh-keygen -t ed25519`) and install its public half where the DSA key was authorised.',
        'Last resort, with a client older than 9.8 and a server that still accepts DSA: `Host HOST` + `PubkeyAcceptedAlgorithms +ssh-dss`.',
      ],
      changes: ['dsa-disabled', 'dsa-not-built', 'dsa-removed'],
    },
    {
      id: 'key-type-skipped',
      stage: 'authentication',
      title: 'Key skipped by the client configuration',
      symptoms: [{ text: 'debug1: Skipping ssh-rsa key KEY - corresponding algo not in PubkeyAcceptedAlgorithms', seenIn: 'client' }],
      cause: "The client's PubkeyAcceptedAlgorithms allows no signature algorithm for this key type, so the key is never offered.",
      fixes: ['Use a key of a type the configuration allows (Ed25519), or fix the PubkeyAcceptedAlgorithms line that excludes it.'],
      changes: ['accepted-algorithms-renamed'],
    },
    {
      id: 'rsa-key-too-small',
      stage: 'authentication',
      title: 'RSA key below the required size',
      symptoms: [
        { text: 'debug1: load_identity_file: Skipping key /home/me/.ssh/id_rsa: Invalid key length', seenIn: 'client' },
        { text: 'refusing RSA key: Invalid key length [preauth]', seenIn: 'server' },
      ],
      cause:
        'OpenSSH refuses RSA keys below 1024 bits since 7.6, and since 9.1 below RequiredRSASize (default 1024; system crypto policies such as RHEL 9 set 2048) on either side.',
      fixes: [
        'Make an Ed25519 key (`ssh-keygen -t ed25519`), or an RSA key of at least 3072 bits, and install its public half.',
        'There is no workaround below 1024 bits; RequiredRSASize can only be raised from its default.',
      ],
      changes: ['rsa-minimum-1024', 'required-rsa-size'],
    },
  ] as const,
  matchers: [
    {
      pattern: /^Will attempt key: (.*)$/,
      read: (match, line) => line.push({ kind: 'key-will-attempt', key: parseKeyDescription(match[1]!, line.ref) }),
    },
    {
      pattern: /^Offering (?:[^\s]+ )?public key: (.*)$/,
      read: (match, line) => {
        line.state.lastKey = parseKeyDescription(match[1]!, line.ref);
        line.push({ kind: 'key-offered', key: line.state.lastKey });
      },
    },
    {
      pattern: /^Server accepts key: (.*)$/,
      read: (match, line) => line.push({ kind: 'key-accepted', key: parseKeyDescription(match[1]!, line.ref) }),
    },
    {
      pattern: /^Trying private key: (.*)$/,
      read: (match, line) => {
        line.state.lastKey = parseKeyDescription(match[1]!, line.ref);
        line.push({ kind: 'key-trying-private', key: line.state.lastKey });
      },
    },
    // 9.x: "Skipping ssh-dss key NAME - corresponding algo not in PubkeyAcceptedAlgorithms";
    // 8.x: "... corresponding algorithm not in ..."; 7.x: "Skipping ssh-dss key NAME for not in PubkeyAcceptedKeyTypes".
    {
      pattern: /^Skipping ([^\s]+) key (.+?) (?:- corresponding algo(?:rithm)?|for) not in (PubkeyAccepted\w+)/,
      read: (match, line) =>
        line.push({ kind: 'key-skipped-algorithm', type: match[1]!, name: match[2]!, option: match[3]!, ref: line.ref }),
    },
    // The name and the reason are split in code, at the first ": ": two adjacent .+ would be quadratic.
    {
      pattern: /^(?:load_identity_file: )?Skipping key (.*)$/,
      read: (match, line) => {
        const split = match[1]!.indexOf(': ');
        if (split <= 0) return false;
        line.push({ kind: 'key-skipped', name: match[1]!.slice(0, split), reason: match[1]!.slice(split + 2), ref: line.ref });
      },
    },
    // ssh says `Load key`, ssh-add `Error loading key`; the name is quoted, the reason follows the last `": `.
    {
      pattern: /^(?:Load key|Error loading key) "(.*)$/,
      read: (match, line) => {
        const split = match[1]!.lastIndexOf('": ');
        if (split < 0) return false;
        const reason = match[1]!.slice(split + 3);
        if (reason !== 'bad permissions') line.push({ kind: 'key-load-failed', name: match[1]!.slice(0, split), reason, ref: line.ref });
      },
    },
    {
      pattern: /^Permissions (0?\d{3,4}) for '(.*)' are too open\.$/,
      read: (match, line) => line.push({ kind: 'key-permissions', name: match[2]!, mode: match[1]!, ref: line.ref }),
    },
    {
      pattern: /^(?:refusing RSA key: Invalid key length|(?:userauth_pubkey: )?RSA key [^\n]*(?:too small|key length))/i,
      read: (_match, line) => line.push({ kind: 'server-rsa-too-small', ref: line.ref }),
    },
  ],
  explain(builder: Builder): void {
    explainKeyFiles(builder);
    explainSkippedKeys(builder);
  },
} satisfies FailureFamily;
