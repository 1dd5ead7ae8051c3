/**
 * Keys inside the decoration real files put around them (issue 12, family 2): string escapes, character
 * references, concatenation, continuations, diff and mail prefixes, comment markers, spaces for newlines.
 * Every key is generated here by ssh-keygen/openssl, wrapped by hand, and must come back with the
 * fingerprint `ssh-keygen -l` prints for its .pub, without an invalid-key finding.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { inventory, rulesOf } from '../helpers/inventory.js';
import { generateKey, keygenList, sshKeygen, tempDir } from '../helpers/openssh.js';

interface Sample {
  name: string;
  /** The private key file's text, LF line ends. */
  text: string;
  fingerprint: string;
  type: string;
  bits: number;
}

const dir = tempDir();
const samples: Sample[] = [];

function sample(name: string, type: string, extra: string[], sshType: string, bits: number): void {
  const path = generateKey(dir, name, type, extra);
  samples.push({ name, text: readFileSync(path, 'utf8'), fingerprint: keygenList(`${path}.pub`)[0]!.fingerprint, type: sshType, bits });
}

function pkcs8Sample(): void {
  // openssl writes PKCS#8; ssh-keygen -y reads it and gives the public half to fingerprint.
  const path = join(dir, 'pkcs8-p384');
  execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-out', path], { stdio: 'ignore' });
  writeFileSync(`${path}.pub`, sshKeygen(['-y', '-f', path]));
  samples.push({
    name: 'pkcs8-p384',
    text: readFileSync(path, 'utf8'),
    fingerprint: keygenList(`${path}.pub`)[0]!.fingerprint,
    type: 'ecdsa-sha2-nistp384',
    bits: 384,
  });
}

const lines = (text: string): string[] => text.trimEnd().split('\n');

// [what, wrap(key text) -> file text, the 1-based line of the BEGIN marker in the result]
const WRAPPINGS: [string, (text: string) => string, number][] = [
  [
    'Go: one "LINE\\n" + per line',
    (t) =>
      `var key = "" +\n${lines(t)
        .map((l) => `\t"${l}\\n" +`)
        .join('\n')}\n\t""\n`,
    2,
  ],
  [
    'Java: "LINE\\n" + with the END line closing the statement',
    (t) => {
      const all = lines(t);
      return `String key =\n${all.map((l, i) => (i < all.length - 1 ? `    "${l}\\n" +` : `    "${l}\\n";`)).join('\n')}\n`;
    },
    2,
  ],
  [
    "Python: adjacent literals in parentheses, BEGIN on the assignment's line",
    (t) =>
      `KEY = (${lines(t)
        .map((l, i) => `${i === 0 ? '' : '       '}"${l}\\n"`)
        .join('\n')})\n`,
    1,
  ],
  [
    'C#: adjacent + with \\r\\n escapes',
    (t) =>
      `var k = ${lines(t)
        .map((l) => `"${l}\\r\\n"`)
        .join(' +\n        ')};\n`,
    1,
  ],
  ['JSON: one string with \\n escapes and \\/ for every slash', (t) => `{"key": ${JSON.stringify(t).replace(/\//g, '\\/')}}\n`, 1],
  [
    'JSON: \\u002B and \\u002F escapes, \\r\\n line breaks',
    (t) => `{"key":"${t.replace(/\n/g, '\\r\\n').replace(/\+/g, '\\u002B').replace(/\//g, '\\u002F')}"}`,
    1,
  ],
  ['XML: &#xD;&#xA; references on one line', (t) => `<secret><value>${t.replace(/\n/g, '&#xD;&#xA;')}</value></secret>\n`, 1],
  [
    'XML: &#10; at each line end and &#43; for +',
    (t) =>
      `<value>\n${lines(t)
        .map((l) => `${l.replace(/\+/g, '&#43;')}&#10;`)
        .join('\n')}\n</value>\n`,
    2,
  ],
  ['Dockerfile: echo with \\n\\ continuations', (t) => `FROM alpine\nRUN echo "${lines(t).join('\\n\\\n')}" > /root/.ssh/id\n`, 2],
  [
    'diff: + on every line',
    (t) =>
      `--- /dev/null\n+++ b/id\n@@ -0,0 +1,9 @@\n${lines(t)
        .map((l) => `+${l}`)
        .join('\n')}\n`,
    4,
  ],
  [
    'mail: nested > > quoting',
    (t) =>
      `On Monday someone wrote:\n${lines(t)
        .map((l) => `> > ${l}`)
        .join('\n')}\n`,
    2,
  ],
  [
    'shell comment: # on every line',
    (t) =>
      `${lines(t)
        .map((l) => `# ${l}`)
        .join('\n')}\n`,
    1,
  ],
  [
    'C++ comment: // on every line',
    (t) =>
      `int x;\n${lines(t)
        .map((l) => `// ${l}`)
        .join('\n')}\n`,
    2,
  ],
  [
    'Javadoc: " * " on every line',
    (t) =>
      `/**\n${lines(t)
        .map((l) => ` * ${l}`)
        .join('\n')}\n */\n`,
    2,
  ],
  ['newlines turned into spaces', (t) => `KEY=${lines(t).join(' ')}\n`, 1],
  [
    'CRLF line ends inside a YAML block',
    (t) =>
      `key: |\r\n${lines(t)
        .map((l) => `  ${l}`)
        .join('\r\n')}\r\n`,
    2,
  ],
];

describe('private key blocks inside decoration decode to their ssh-keygen fingerprint', () => {
  before(() => {
    sample('rsa-pem', 'rsa', ['-b', '2048', '-m', 'PEM'], 'ssh-rsa', 2048);
    sample('ecdsa-openssh', 'ecdsa', ['-b', '256'], 'ecdsa-sha2-nistp256', 256);
    sample('ed25519-openssh', 'ed25519', [], 'ssh-ed25519', 256);
    pkcs8Sample();
  });

  for (const [what, wrap, line] of WRAPPINGS) {
    it(what, () => {
      for (const key of samples) {
        const result = inventory(wrap(key.text), 'src/fixture.txt');
        assert.deepEqual(
          result.keys.map((k) => [k.type, k.bits, k.fingerprint, k.line, k.source]),
          [[key.type, key.bits, key.fingerprint, line, 'private-key']],
          `${key.name} in ${what}`,
        );
        assert.ok(!rulesOf(result).includes('invalid-key'), `${key.name} in ${what}: ${JSON.stringify(result.findings)}`);
      }
    });
  }

  it('still reports a block whose body is damaged after the decoration is undone', () => {
    const key = samples[0]!;
    const damaged = key.text.replace(/\n([A-Za-z0-9+/]{10})/, '\n$1!!');
    const result = inventory(
      lines(damaged)
        .map((l) => `+${l}`)
        .join('\n'),
      'id.patch',
    );
    assert.deepEqual(rulesOf(result).sort(), ['invalid-key', 'private-key']);
  });
});

describe('percent-encoded values', () => {
  it('reads a private key and a key line whose whole value is URL-encoded, form encoding included', () => {
    const key = samples.find((item) => item.name === 'ed25519-openssh') ?? samples[0]!;
    const form = encodeURIComponent(key.text).replace(/%20/g, '+');
    const result = inventory(`POST /deploy\n\nname=ci&key=${encodeURIComponent(key.text)}\n\nbody=${form}\n`, 'request.http');
    assert.deepEqual(
      result.keys.map((k) => [k.line, k.fingerprint, k.layers]),
      [
        [3, key.fingerprint, ['percent']],
        [5, key.fingerprint, ['percent']],
      ],
    );
    assert.ok(!rulesOf(result).includes('invalid-key'));
  });

  it('reads form encoding alone: `BEGIN+` armour and a `type+AAAA` key line, each the only marker in its file', () => {
    const key = samples.find((item) => item.name === 'ed25519-openssh') ?? samples[0]!;
    const armour = encodeURIComponent(key.text).replace(/%20/g, '+');
    assert.ok(armour.includes('BEGIN+') && !armour.includes('%20'));
    const privateResult = inventory(`key=${armour}\n`, 'form.txt');
    assert.deepEqual(
      privateResult.keys.map((k) => [k.line, k.fingerprint, k.layers]),
      [[1, key.fingerprint, ['percent']]],
    );
    // Form encoding is told from plain percent encoding by a `%2B` (a real `+`): a blob with a `+` in it.
    let path = '';
    let line = '';
    for (let attempt = 0; attempt < 40 && !line.split(' ')[1]?.includes('+'); attempt++) {
      path = generateKey(dir, `form-line-${attempt}`, 'ed25519');
      line = readFileSync(`${path}.pub`, 'utf8').trim();
    }
    const form = encodeURIComponent(line).replace(/%20/g, '+');
    assert.ok(form.includes('+AAAA') && !form.includes('BEGIN'));
    const lineResult = inventory(`key=${form}\n`, 'form.txt');
    assert.deepEqual(
      lineResult.keys.map((k) => [k.line, k.fingerprint, k.layers]),
      [[1, keygenList(`${path}.pub`)[0]!.fingerprint, ['percent']]],
    );
  });
});

describe('public key tokens inside JSON escapes', () => {
  const pubDir = tempDir();
  let line = '';
  let fingerprint = '';
  before(() => {
    // Generate until the base64 holds both a slash and a plus, so both escapes are exercised.
    for (let attempt = 0; attempt < 20; attempt++) {
      const path = generateKey(pubDir, `rsa${attempt}`, 'rsa', ['-b', '2048']);
      const text = readFileSync(`${path}.pub`, 'utf8').trim();
      if (text.split(' ')[1]!.includes('/') && text.split(' ')[1]!.includes('+')) {
        line = text;
        fingerprint = keygenList(`${path}.pub`)[0]!.fingerprint;
        return;
      }
    }
    throw new Error('no RSA key with both / and + in 20 tries');
  });

  for (const [what, escape] of [
    ['PHP json_encode: \\/', (text: string) => text.replace(/\//g, '\\/')],
    ['.NET System.Text.Json: \\u002B and \\u002F', (text: string) => text.replace(/\+/g, '\\u002B').replace(/\//g, '\\u002F')],
    ['padding as \\u003D', (text: string) => text.replace(/=/g, '\\u003D')],
  ] as const) {
    it(`reads ${what} with the fingerprint and comment of the key`, () => {
      const result = inventory(`{"users":[{"name":"ops","key":"${escape(line)}"}]}\n`, 'users.json');
      assert.deepEqual(
        result.keys.map((k) => [k.type, k.fingerprint, k.comment]),
        [['ssh-rsa', fingerprint, line.split(' ')[2]]],
      );
      assert.ok(!rulesOf(result).includes('invalid-key'));
    });
  }
});

describe('a public key line in a URL', () => {
  const urlDir = tempDir();
  it('reads ssh-ed25519%20AAAA... in a query string with the fingerprint of the key', () => {
    const path = generateKey(urlDir, 'url', 'ed25519');
    const line = readFileSync(`${path}.pub`, 'utf8').trim();
    const result = inventory(`see https://keys.example.org/add?user=ops&key=${encodeURIComponent(line)}&ok=1\n`, 'notes.md');
    assert.deepEqual(
      result.keys.map((k) => [k.line, k.type, k.fingerprint, k.layers]),
      [[1, 'ssh-ed25519', keygenList(`${path}.pub`)[0]!.fingerprint, ['percent']]],
    );
  });
});

describe('placeholders stay silent after unwrapping', () => {
  for (const [what, text] of [
    [
      'a Go placeholder',
      '"-----BEGIN OPENSSH PRIVATE KEY-----\\n" +\n"<paste the private key of the deploy job here, one line per string>\\n" +\n"-----END OPENSSH PRIVATE KEY-----\\n"',
    ],
    ['a quoted elided key', '> -----BEGIN RSA PRIVATE KEY-----\n> MIIEpAIBAAKCAQEA...\n> -----END RSA PRIVATE KEY-----\n'],
    ['a JSON public key placeholder', '{"key": "ssh-ed25519 AAAA... user@host"}'],
  ] as const) {
    it(`finds nothing in ${what}`, () => {
      const result = inventory(text, 'README.md');
      assert.deepEqual(result.keys, []);
      assert.deepEqual(result.findings, []);
    });
  }
});
