/**
 * Mutation fuzzing of every key reader and the config parser with fast-check. Seeds are made fresh by
 * ssh-keygen and openssl (and the committed PuTTY fixtures); mutations flip bits, truncate, set wire length
 * fields to 0 or huge, inflate an mpint, nest a certificate as its own CA and splice junk into the base64.
 * Each input must: throw nothing past the reader boundary (a blob reader may throw KeyFormatError only, a
 * file reader nothing), finish within its budget, and put no key material in any result or error.
 *
 * `npm test` runs FUZZ_RUNS (default 150) inputs per reader; `npm run fuzz` runs 100,000 and prints counts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { auditConfigBytes } from '../../src/core/ssh-config/audit.js';
import { parseConfig } from '../../src/core/ssh-config/parse-config.js';
import { KeyFormatError } from '../../src/core/errors.js';
import { inventoryBytes } from '../../src/core/inventory.js';
import { findKeyBlocks } from '../../src/core/keys/blocks.js';
import { findPublicKeyLines } from '../../src/core/keys/openssh-line.js';
import { readOpenSshPrivate } from '../../src/core/keys/openssh-private.js';
import { parsePublicBlob } from '../../src/core/keys/public-blob.js';
import { readPuttyKey } from '../../src/core/keys/putty.js';
import { readRfc4716 } from '../../src/core/keys/rfc4716.js';
import { guardOutput } from '../../src/core/redact.js';
import { sshKeygen, tempDir } from '../helpers/openssh.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);
// CPU milliseconds per input. Generous; the slowest legitimate input (a 16,384-bit RSA key with a huge
// exponent through every check) takes under a second.
const BUDGET_MS = Number(process.env['FUZZ_BUDGET_MS'] ?? 3000);
const work = tempDir('ska-fuzz-');
const PUTTY = fileURLToPath(new URL('../fixtures/putty/', import.meta.url));

interface Tally {
  inputs: number;
  rejected: number;
  slowestMs: number;
}
const tallies = new Map<string, Tally>();

/** Runs `read` on one input: budget, boundary and leak checks; counts what the reader refused. */
const WINDOW = 24;

/**
 * Every 24-character slice of the private bodies that is not also public text: an OpenSSH private key holds
 * its public blob verbatim, so some slices of its base64 are the public key's base64, which may be printed.
 */
function secretWindows(secrets: readonly string[], blobs: readonly Buffer[]): Set<string> {
  const publicText = blobs.flatMap((blob) => [0, 1, 2].map((shift) => blob.subarray(shift).toString('base64'))).join(' ');
  const windows = new Set<string>();
  for (const secret of secrets) {
    for (let start = 0; start + WINDOW <= secret.length; start++) {
      const slice = secret.slice(start, start + WINDOW);
      if (!publicText.includes(slice.slice(4, 20))) windows.add(slice);
    }
  }
  return windows;
}

/**
 * For readers given only public material: nothing private is in their input, so any slice of a private
 * body found in their output is shared wire structure (`\0\0\0\x0bssh-ed25519`...), not a leak. The
 * output guard still checks their output.
 */
const NO_SECRETS: ReadonlySet<string> = new Set();

function exercise(reader: string, read: () => unknown, secrets: ReadonlySet<string>, blobReader: boolean): void {
  const tally = tallies.get(reader) ?? { inputs: 0, rejected: 0, slowestMs: 0 };
  tallies.set(reader, tally);
  tally.inputs++;
  // CPU time of this process, not wall time: on a loaded machine another process's turn is not ours.
  const started = process.cpuUsage();
  let output: string;
  try {
    output = JSON.stringify(read(), (_, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : Buffer.isBuffer(value) ? '<bytes>' : value,
    );
  } catch (error) {
    if (!(blobReader && error instanceof KeyFormatError)) throw error;
    tally.rejected++;
    output = error.message;
  }
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  tally.slowestMs = Math.max(tally.slowestMs, ms);
  assert.ok(ms < BUDGET_MS, `${reader}: ${ms.toFixed(0)} ms over the ${BUDGET_MS} ms budget`);
  for (let start = 0; start + WINDOW <= output.length; start++) {
    assert.ok(!secrets.has(output.slice(start, start + WINDOW)), `${reader}: key material in the result or error`);
  }
  assert.equal(guardOutput(output).withheld, 0, `${reader}: the output guard had to withhold something`);
}

// ---- seeds ------------------------------------------------------------------------------------------------

interface Seeds {
  blobs: Buffer[];
  opensshPrivate: Buffer[];
  pem: string[];
  putty: string[];
  configs: string[];
  /** Base64 bodies of the private seeds: none of it may appear in any output. */
  secrets: string[];
}

function body(pem: string): string {
  return pem
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-----') && !line.includes(':'))
    .join('');
}

/** The top-level RFC 4251 strings of a blob, as [offset, length] (uint64/uint32 fields stop the walk). */
function wireFields(blob: Buffer): [number, number][] {
  const fields: [number, number][] = [];
  for (let at = 0; at + 4 <= blob.length;) {
    const length = blob.readUInt32BE(at);
    if (at + 4 + length > blob.length) break;
    fields.push([at, length]);
    at += 4 + length;
  }
  return fields;
}

function wire(value: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(value.length);
  return Buffer.concat([head, value]);
}

/** A certificate whose CA key is itself a certificate (PROTOCOL.certkeys forbids it). */
function nestedCertificate(cert: Buffer): Buffer {
  // ed25519 cert: type, nonce, pk, serial(8), type(4), key id, principals, after(8), before(8), critical,
  // extensions, reserved, ca, signature.
  const reader = (at: number): [Buffer, number] => {
    const length = cert.readUInt32BE(at);
    return [cert.subarray(at + 4, at + 4 + length), at + 4 + length];
  };
  let at = 0;
  const parts: Buffer[] = [];
  for (let index = 0; index < 3; index++) {
    const [, next] = reader(at);
    parts.push(cert.subarray(at, next));
    at = next;
  }
  parts.push(cert.subarray(at, at + 12));
  at += 12;
  for (let index = 0; index < 2; index++) {
    const [, next] = reader(at);
    parts.push(cert.subarray(at, next));
    at = next;
  }
  parts.push(cert.subarray(at, at + 16));
  at += 16;
  for (let index = 0; index < 3; index++) {
    const [, next] = reader(at);
    parts.push(cert.subarray(at, next));
    at = next;
  }
  const [, afterCa] = reader(at);
  parts.push(wire(cert));
  parts.push(cert.subarray(afterCa));
  return Buffer.concat(parts);
}

function makeSeeds(): Seeds {
  const seeds: Seeds = { blobs: [], opensshPrivate: [], pem: [], putty: [], configs: [], secrets: [] };
  const keygen = (name: string, args: string[]): string => {
    const path = join(work, name);
    sshKeygen(['-q', '-N', '', '-C', `${name}@fuzz`, '-f', path, ...args]);
    return path;
  };
  const keys = [
    keygen('ed25519', ['-t', 'ed25519']),
    keygen('rsa', ['-t', 'rsa', '-b', '1024']),
    keygen('ecdsa256', ['-t', 'ecdsa', '-b', '256']),
    keygen('ecdsa521', ['-t', 'ecdsa', '-b', '521']),
    keygen('pem-rsa', ['-t', 'rsa', '-b', '1024', '-m', 'PEM']),
    keygen('pem-ec', ['-t', 'ecdsa', '-m', 'PEM']),
    keygen('pkcs8', ['-t', 'ecdsa', '-b', '384', '-m', 'PKCS8']),
    keygen('encrypted', ['-t', 'ed25519', '-N', 'passphrase']),
  ];
  const ca = keygen('ca', ['-t', 'ed25519']);
  execFileSync('ssh-keygen', ['-q', '-s', ca, '-I', 'fuzz-id', '-n', 'alice,bob', '-V', '+52w', `${keys[0]}.pub`]);
  execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', join(work, 'openssl-ed25519')]);
  for (const path of keys) {
    const pub = readFileSync(`${path}.pub`, 'utf8').split(' ')[1]!;
    seeds.blobs.push(Buffer.from(pub, 'base64'));
    const text = readFileSync(path, 'utf8');
    seeds.secrets.push(body(text));
    if (text.includes('OPENSSH PRIVATE KEY')) seeds.opensshPrivate.push(Buffer.from(body(text), 'base64'));
    else seeds.pem.push(text);
  }
  const openssl = readFileSync(join(work, 'openssl-ed25519'), 'utf8');
  seeds.pem.push(openssl);
  seeds.secrets.push(body(openssl));
  const cert = Buffer.from(readFileSync(`${keys[0]}-cert.pub`, 'utf8').split(' ')[1]!, 'base64');
  seeds.blobs.push(cert, nestedCertificate(cert));
  for (const name of readdirSync(PUTTY).filter((file) => file.endsWith('.ppk'))) {
    const text = readFileSync(join(PUTTY, name), 'utf8');
    seeds.putty.push(text);
    const privateLines = /Private-Lines: \d+\n([\s\S]*?)\nPrivate-MAC/.exec(text)?.[1];
    if (privateLines) seeds.secrets.push(privateLines.replace(/\n/g, ''));
  }
  seeds.configs.push(
    [
      'Host *',
      '  Ciphers +aes128-cbc,3des-cbc',
      '  KexAlgorithms diffie-hellman-group1-sha1',
      '  StrictHostKeyChecking no',
      'Include config.d/*',
      'Match host "a b",c exec "test -f x"',
      '  PubkeyAcceptedAlgorithms +ssh-rsa',
      '  HostKeyAlgorithms=ssh-dss',
    ].join('\n'),
    ['PermitRootLogin yes', 'PasswordAuthentication yes', 'HostKey /etc/ssh/ssh_host_dsa_key', 'Match User x', '  MACs hmac-md5'].join(
      '\n',
    ),
  );
  return seeds;
}

// ---- mutations ----------------------------------------------------------------------------------------------

type Mutation = (bytes: Buffer) => Buffer;

function mutationArbitrary(): fc.Arbitrary<Mutation> {
  const flips = fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 })
    .map((positions): Mutation => (bytes) => {
      const copy = Buffer.from(bytes);
      for (const [at, bit] of positions) if (copy.length > 0) copy[at % copy.length]! ^= 1 << bit;
      return copy;
    });
  const truncate = fc.double({ min: 0, max: 1, noNaN: true }).map(
    (fraction): Mutation =>
      (bytes) =>
        bytes.subarray(0, Math.floor(bytes.length * fraction)),
  );
  const length = fc.tuple(fc.nat(), fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff, 0x10000)).map(([pick, value]): Mutation => (bytes) => {
    const fields = wireFields(bytes);
    if (fields.length === 0) return bytes;
    const copy = Buffer.from(bytes);
    copy.writeUInt32BE(value, fields[pick % fields.length]![0]);
    return copy;
  });
  const giant = fc
    .tuple(fc.nat(), fc.integer({ min: 1024, max: 64 * 1024 }), fc.constantFrom(0x00, 0x7f, 0xff))
    .map(([pick, size, fill]): Mutation => (bytes) => {
      const fields = wireFields(bytes);
      if (fields.length === 0) return bytes;
      const [at, old] = fields[pick % fields.length]!;
      const replacement = Buffer.alloc(size, fill);
      replacement[0] = 0x7f;
      replacement[size - 1]! |= 1;
      return Buffer.concat([bytes.subarray(0, at), wire(replacement), bytes.subarray(at + 4 + old)]);
    });
  return fc.oneof(flips, truncate, length, giant);
}

function junkArbitrary(): fc.Arbitrary<(text: string) => string> {
  return fc
    .tuple(fc.nat(), fc.string({ unit: fc.constantFrom(...'ABCxyz019+/=-.: \t\n\\"\'*#!'), maxLength: 40 }), fc.boolean())
    .map(([at, junk, replace]) => (text: string) => {
      const where = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, where) + junk + text.slice(replace ? Math.min(text.length, where + junk.length) : where);
    });
}

function armour(label: string, bytes: Buffer): string {
  return `-----BEGIN ${label}-----\n${(bytes.toString('base64').match(/.{1,70}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
}

function context(path: string): Parameters<typeof inventoryBytes>[1] {
  return { path, minRsaBits: 2048, now: new Date('2026-06-01T00:00:00Z'), memo: new Map() };
}

/** fc.assert, with the failing input's own error message in the report (fast-check keeps only a summary). */
function assertProperty(property: fc.IProperty<unknown>, parameters: fc.Parameters<unknown>): void {
  const details = fc.check(property, parameters);
  if (!details.failed) return;
  const error = details.errorInstance;
  assert.fail(
    `seed ${details.seed}, path ${details.counterexamplePath}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
}

// ---- properties ---------------------------------------------------------------------------------------------

describe(`fuzzing the readers (${RUNS} inputs each)`, { timeout: 4 * 60 * 60 * 1000 }, () => {
  let seeds: Seeds;
  let secrets: Set<string>;
  before(() => {
    seeds = makeSeeds();
    secrets = secretWindows(seeds.secrets, seeds.blobs);
  });
  const parameters = (): fc.Parameters<unknown> => ({
    numRuns: RUNS,
    endOnFailure: true,
    ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}),
  });

  it('public key blobs and certificates (parsePublicBlob, and as .pub lines through the inventory)', () => {
    assertProperty(
      fc.property(fc.nat(), mutationArbitrary(), fc.option(junkArbitrary(), { nil: null }), (pick, mutate, junk) => {
        const blob = mutate(seeds.blobs[pick % seeds.blobs.length]!);
        exercise('parsePublicBlob', () => parsePublicBlob(blob), NO_SECRETS, true);
        const type = blob.length >= 4 ? blob.subarray(4, 4 + Math.min(40, blob.readUInt32BE(0))).toString('latin1') : 'ssh-ed25519';
        let line = `${/^[a-z0-9@.-]+$/.test(type) ? type : 'ssh-ed25519'} ${blob.toString('base64')} fuzz@host\n`;
        if (junk) line = junk(line);
        exercise('public key lines', () => inventoryBytes(Buffer.from(line, 'latin1'), context('authorized_keys')), NO_SECRETS, false);
        exercise('findPublicKeyLines', () => findPublicKeyLines(line, { path: 'known_hosts' }), NO_SECRETS, false);
      }),
      parameters(),
    );
  });

  it('OpenSSH private keys (readOpenSshPrivate, and armoured through the inventory)', () => {
    assertProperty(
      fc.property(fc.nat(), mutationArbitrary(), fc.option(junkArbitrary(), { nil: null }), (pick, mutate, junk) => {
        const data = mutate(seeds.opensshPrivate[pick % seeds.opensshPrivate.length]!);
        exercise('readOpenSshPrivate', () => readOpenSshPrivate(data), secrets, true);
        let text = armour('OPENSSH PRIVATE KEY', data);
        if (junk) text = junk(text);
        exercise('OpenSSH private blocks', () => inventoryBytes(Buffer.from(text, 'latin1'), context('id_ed25519')), secrets, false);
      }),
      parameters(),
    );
  });

  it('PEM and PKCS#8 private keys (findKeyBlocks through readPemPrivate)', () => {
    assertProperty(
      fc.property(fc.nat(), mutationArbitrary(), fc.option(junkArbitrary(), { nil: null }), (pick, mutate, junk) => {
        const pem = seeds.pem[pick % seeds.pem.length]!;
        const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)![1]!;
        const der = Buffer.from(body(pem), 'base64');
        let text = armour(label, mutate(der));
        if (junk) text = junk(text);
        exercise('PEM private blocks', () => findKeyBlocks(text), secrets, false);
      }),
      parameters(),
    );
  });

  it('PuTTY key files (readPuttyKey, and through findKeyBlocks)', () => {
    assertProperty(
      fc.property(fc.nat(), mutationArbitrary(), junkArbitrary(), fc.boolean(), (pick, mutate, junk, onPublic) => {
        const ppk = seeds.putty[pick % seeds.putty.length]!;
        const lines = ppk.split('\n');
        // Mutate the public blob (the part that is decoded) or splice junk anywhere in the file.
        const start = lines.findIndex((line) => line.startsWith('Public-Lines:')) + 1;
        const count = Number(lines[start - 1]!.split(':')[1]);
        const blob = Buffer.from(lines.slice(start, start + count).join(''), 'base64');
        const mutated = onPublic
          ? [
              ...lines.slice(0, start),
              ...(mutate(blob)
                .toString('base64')
                .match(/.{1,64}/g) ?? []),
              ...lines.slice(start + count),
            ].join('\n')
          : junk(ppk);
        exercise('readPuttyKey', () => readPuttyKey(mutated.split('\n').filter((line) => line !== '')), secrets, true);
        exercise('PuTTY blocks', () => findKeyBlocks(mutated), secrets, false);
      }),
      parameters(),
    );
  });

  it('RFC 4716 public keys (readRfc4716, and through findKeyBlocks)', () => {
    assertProperty(
      fc.property(fc.nat(), mutationArbitrary(), fc.option(junkArbitrary(), { nil: null }), (pick, mutate, junk) => {
        const blob = mutate(seeds.blobs[pick % seeds.blobs.length]!);
        const bodyLines = [`Comment: "fuzz@host"`, ...(blob.toString('base64').match(/.{1,70}/g) ?? [])];
        exercise('readRfc4716', () => readRfc4716(bodyLines), NO_SECRETS, true);
        let text = `---- BEGIN SSH2 PUBLIC KEY ----\n${bodyLines.join('\n')}\n---- END SSH2 PUBLIC KEY ----\n`;
        if (junk) text = junk(text);
        exercise('RFC 4716 blocks', () => findKeyBlocks(text), NO_SECRETS, false);
      }),
      parameters(),
    );
  });

  it('ssh_config and sshd_config (parseConfig and the configuration audit)', () => {
    assertProperty(
      fc.property(
        fc.nat(),
        fc.array(junkArbitrary(), { minLength: 1, maxLength: 6 }),
        mutationArbitrary(),
        fc.boolean(),
        (pick, junks, mutate, bytesToo) => {
          let text = seeds.configs[pick % seeds.configs.length]!;
          for (const junk of junks) text = junk(text);
          const bytes = bytesToo ? mutate(Buffer.from(text, 'latin1')) : Buffer.from(text, 'latin1');
          exercise('parseConfig', () => parseConfig(bytes.toString('latin1')), secrets, false);
          exercise(
            'config audit',
            () => auditConfigBytes(bytes, { path: pick % 2 ? 'ssh_config' : 'etc/ssh/sshd_config', minRsaBits: 2048 }),
            secrets,
            false,
          );
        },
      ),
      parameters(),
    );
  });

  it('reports its counts', () => {
    const lines = [...tallies].map(
      ([reader, tally]) =>
        `${reader}: ${tally.inputs} inputs, ${tally.rejected} refused with KeyFormatError, slowest ${tally.slowestMs.toFixed(1)} ms`,
    );
    if (process.env['FUZZ_REPORT']) console.log(lines.join('\n'));
    for (const [reader, tally] of tallies) assert.ok(tally.inputs >= RUNS, `${reader}: ${tally.inputs}`);
  });
});
