/**
 * The output guard's search (core/redact.ts) against its definition, written out here character by
 * character: first every private block from its armour line to where its body ends, then every maximal
 * run of base64 of 31 characters or more that holds the OpenSSH magic or starts with a PKCS#1, PKCS#8 or
 * SEC 1 opening, with at most two `=` of padding. Inputs are report-shaped text built from fresh ssh-keygen and openssl keys cut
 * at random places, so an opening lands at run starts, mid-run, across a cut and next to padding.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { guardOutput, notePrivateMaterial, WITHHELD } from '../../src/core/redact.js';
import { sshKeygen, tempDir } from '../helpers/openssh.js';

const work = tempDir('ska-guard-runs-');
const BASE64 = /[A-Za-z0-9+/]/;

/**
 * The definition: one pass over every character. `registered`: bodies given to notePrivateMaterial(), whose
 * 24-character windows every 8 characters a run must not repeat at any offset.
 */
function definition(text: string, registered: readonly string[] = []): string {
  const windows = new Set(
    registered.flatMap((body) =>
      Array.from({ length: Math.floor((body.length - 24) / 8) + 1 }, (_, at) => body.slice(at * 8, at * 8 + 24)),
    ),
  );
  const repeats = (run: string): boolean =>
    Array.from({ length: Math.max(0, run.length - 23) }, (_, at) => run.slice(at, at + 24)).some((window) => windows.has(window));
  const openings = ['MHcCAQEE', 'MIGkAgEBBD', 'MIHcAgEBBE', 'MC4CAQAwBQYDK2Vw'];
  let out = '';
  let index = 0;
  while (index < text.length) {
    if (!BASE64.test(text[index]!)) {
      out += text[index++];
      continue;
    }
    let end = index;
    while (end < text.length && BASE64.test(text[end]!)) end++;
    const run = text.slice(index, end);
    const opens =
      run.includes('b3BlbnNzaC1rZXktdjE') ||
      (run.startsWith('MII') && (run.startsWith('IBAAK', 6) || run.startsWith('IBADAN', 6))) ||
      openings.some((opening) => run.startsWith(opening));
    if (run.length >= 31 && (opens || repeats(run))) {
      let padded = end;
      while (padded < text.length && padded - end < 2 && text[padded] === '=') padded++;
      out += WITHHELD;
      index = padded;
    } else {
      out += run;
      index = end;
    }
  }
  return out;
}

/** Where a block's body that starts at `from` ends: past its END line if one is in the body characters. */
function bodyEnd(text: string, from: number, end: string, close: string): number {
  let stop = from;
  while (stop < text.length && /[A-Za-z0-9+/=\\?:,\- \t\r\n]/.test(text[stop]!)) stop++;
  const endLine = text.slice(from, stop).indexOf(end);
  if (endLine === -1) return stop;
  if (close === '') return from + endLine;
  const closing = text.slice(from, stop).indexOf(close, endLine + end.length);
  return closing === -1 ? stop : from + closing + close.length;
}

/** The armour definition: at every position in turn, a private BEGIN or END line (label within 64 characters), SSH.com's encrypted BEGIN or PuTTY's Private-Lines withholds up to where its body ends. */
function armourDefinition(text: string): string {
  const labelled = (from: number): boolean => {
    const label = text.slice(from, from + 64);
    return label.includes('-----') && label.slice(0, label.indexOf('-----')).endsWith('PRIVATE KEY');
  };
  let out = '';
  let index = 0;
  while (index < text.length) {
    let stop = -1;
    if (text.startsWith('-----BEGIN ', index) && labelled(index + 11)) stop = bodyEnd(text, index + 11, '-----END ', '-----');
    else if (text.startsWith('---- BEGIN SSH2 ENCRYPTED PRIVATE KEY', index)) stop = bodyEnd(text, index + 37, '---- END ', ' ----');
    else if (text.startsWith('Private-Lines:', index)) stop = bodyEnd(text, index + 14, 'Private-MAC:', '');
    else if (text.startsWith('-----END ', index) && labelled(index + 9)) stop = bodyEnd(text, index + 9, '-----END ', '-----');
    if (stop === -1) out += text[index++];
    else {
      out += WITHHELD;
      index = stop;
    }
  }
  return out;
}

/** The base64 bodies of private keys in every format the guard recognises without armour. */
const bodies: string[] = [];

describe('output guard: bare base64 runs', () => {
  before(() => {
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-f', join(work, 'openssh')]);
    sshKeygen(['-q', '-t', 'rsa', '-b', '1024', '-m', 'PEM', '-N', '', '-f', join(work, 'pkcs1')]);
    sshKeygen(['-q', '-t', 'ecdsa', '-b', '384', '-m', 'PEM', '-N', '', '-f', join(work, 'sec1-384')]);
    sshKeygen(['-q', '-t', 'ecdsa', '-b', '256', '-m', 'PEM', '-N', '', '-f', join(work, 'sec1-256')]);
    execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', join(work, 'pkcs8')]);
    for (const name of ['openssh', 'pkcs1', 'sec1-384', 'sec1-256', 'pkcs8']) {
      const pem = readFileSync(join(work, name), 'utf8');
      bodies.push(
        pem
          .split('\n')
          .filter((line) => line !== '' && !line.startsWith('-----'))
          .join(''),
      );
    }
  });

  it('withholds exactly what the per-character definitions withhold: armoured blocks, then bare runs', () => {
    const piece = fc.oneof(
      fc.tuple(fc.nat(4), fc.nat(2000), fc.nat(80)).map(([key, from, length]) => {
        const body = bodies[key]!;
        return body.slice(from % body.length, (from % body.length) + length);
      }),
      fc.nat(4).map((key) => bodies[key]!),
      fc.constantFrom('b3BlbnNzaC1rZXktdjE', 'MII', 'MIIEowIBAAK', 'MIICXAIBADAN', 'MHcCAQEE', 'MIGkAgEBBD', 'MC4CAQAwBQYDK2Vw'),
      fc.constantFrom(' ', '"', '\n', '=', '==', '===', ':', '\\n', '?', '-', 'SHA256:', ','),
      fc.constantFrom(
        '-----BEGIN ',
        '-----BEGIN RSA PRIVATE KEY-----\n',
        '-----END RSA PRIVATE KEY-----',
        'PRIVATE KEY-----',
        '-----BEGIN PUBLIC KEY-----\n',
        '-----END ',
        '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n',
        '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
        'Private-Lines: 1\n',
        'Private-MAC: 00ff',
      ),
      fc.stringMatching(/^[A-Za-z0-9+/]{0,40}$/),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(guardOutput(text).text, definition(armourDefinition(text)));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });

  it('counts one withheld piece per run', () => {
    const [openssh, pkcs1, sec1] = bodies.map((body) => body.replace(/=+$/, ''));
    const text = `a ${openssh} b "${pkcs1}==" c ${sec1}=== d`;
    const guarded = guardOutput(text);
    assert.equal(guarded.text, `a ${WITHHELD} b "${WITHHELD}" c ${WITHHELD}= d`);
    assert.equal(guarded.withheld, 3);
  });

  it('keeps a run too short to be a key, and a DER opening that does not start its run', () => {
    for (const text of ['x MC4CAQAwBQYDK2Vw y', `x AAAA${bodies[1]} y`, 'MIIEowIBAAK'.padEnd(30, 'A')])
      assert.deepEqual(guardOutput(text), { text, withheld: 0 });
  });

  // Last: registered material stays registered for the rest of this process.
  it('once private material is registered, withholds exactly the runs that repeat any 24 characters of it', () => {
    const secret = Buffer.from(Array.from({ length: 600 }, (_, index) => (index * 167 + 11) % 256)).toString('base64');
    notePrivateMaterial(secret);
    const piece = fc.oneof(
      fc.tuple(fc.nat(secret.length), fc.integer({ min: 20, max: 60 })).map(([from, length]) => secret.slice(from, from + length)),
      fc.constantFrom(' ', '"', '\n', '=', '==', ':', 'SHA256:', bodies[0]!.slice(0, 40)),
      fc.stringMatching(/^[A-Za-z0-9+/]{0,40}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(guardOutput(text).text, definition(text, [secret]));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
