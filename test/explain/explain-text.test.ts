/** The terminal rendering of explain, on results written by hand: layout, numbering, colour and hostile text. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExplainResult } from '../../src/core/explain/index.js';
import { renderExplainText } from '../../src/reporters/explain-text.js';

const RESULT: ExplainResult = {
  inputs: ['client.log', 'server.log'],
  client: 'OpenSSH_9.2p1',
  server: 'dropbear_2019.78',
  host: '192.0.2.1',
  explanations: [
    {
      id: 'no-matching-host-key-type',
      title: 'No common host key type',
      happened: 'The connection to nas (192.0.2.1) ended before authentication.',
      why: ['The server offered only ssh-rsa.', 'Your client offered ssh-ed25519.'],
      fixes: [
        {
          kind: 'fix-config',
          text: 'Give it an ECDSA host key:',
          lines: ['dropbearkey -t ecdsa -s 256 -f /etc/dropbear/dropbear_ecdsa_host_key'],
        },
        { kind: 'upgrade', text: 'Upgrade Dropbear.' },
        { kind: 'workaround', text: 'For this host only:', lines: ['Host nas', '    HostKeyAlgorithms +ssh-rsa'] },
      ],
      notes: ['config:1 is the Host nas block.'],
      evidence: [{ input: 'client.log', line: 55, text: 'Unable to negotiate with 192.0.2.1 port 22' }],
    },
  ],
  unrecognised: [],
};

describe('renderExplainText', () => {
  it('prints each failure with its fixes numbered and labelled, lines indented under them', () => {
    assert.equal(
      renderExplainText(RESULT, { color: false }),
      [
        '1 SSH failure recognised (client OpenSSH_9.2p1, server dropbear_2019.78).',
        '',
        '✗ No common host key type  [no-matching-host-key-type]',
        '  What happened: The connection to nas (192.0.2.1) ended before authentication.',
        '  Why:',
        '    - The server offered only ssh-rsa.',
        '    - Your client offered ssh-ed25519.',
        '  Fix, in order of preference:',
        '    1. (fix the config) Give it an ECDSA host key:',
        '         dropbearkey -t ecdsa -s 256 -f /etc/dropbear/dropbear_ecdsa_host_key',
        '    2. (upgrade) Upgrade Dropbear.',
        '    3. (last resort) For this host only:',
        '         Host nas',
        '             HostKeyAlgorithms +ssh-rsa',
        '  Your files:',
        '    - config:1 is the Host nas block.',
        '  From the log:',
        '    client.log:55  Unable to negotiate with 192.0.2.1 port 22',
        '',
      ].join('\n'),
    );
  });

  it('colours the mark, the title and the id only when asked', () => {
    const coloured = renderExplainText(RESULT, { color: true });
    assert.ok(coloured.includes('\x1b[31m✗\x1b[0m \x1b[1mNo common host key type\x1b[0m  \x1b[2m[no-matching-host-key-type]\x1b[0m'));
    assert.ok(coloured.includes('    \x1b[2mclient.log:55\x1b[0m  Unable to negotiate'));
    assert.ok(!renderExplainText(RESULT, { color: false }).includes('\x1b'));
  });

  it('never lets log text drive the terminal, and shortens long evidence to 160 characters', () => {
    const hostile: ExplainResult = {
      ...RESULT,
      explanations: [
        {
          ...RESULT.explanations[0]!,
          happened: 'bad \x1b]0;title\x07 text',
          evidence: [{ input: 'in\x1b[2Jput', line: 1, text: 'x'.repeat(300) }],
        },
      ],
    };
    const out = renderExplainText(hostile, { color: false });
    assert.ok(out.includes('  What happened: bad ?]0;title? text'));
    assert.ok(out.includes(`    in?[2Jput:1  ${'x'.repeat(159)}…\n`));
    assert.ok(!out.includes('\x1b'));
  });

  it('says what it did not recognise, with up to the lines given, and where to look', () => {
    const nothing: ExplainResult = {
      inputs: ['-'],
      client: null,
      server: null,
      host: null,
      explanations: [],
      unrecognised: [{ input: '-', line: 3, text: 'fatal: something odd failed' }],
    };
    assert.equal(
      renderExplainText(nothing, { color: false }),
      [
        'No SSH failure recognised in -.',
        'Error lines it does not know:',
        '    -:3  fatal: something odd failed',
        'Give the client output with -v (ssh -v, sftp -v, GIT_SSH_COMMAND="ssh -v" git ...) and, if you can, the server log',
        '(journalctl -u ssh, /var/log/auth.log, /var/log/secure). docs/troubleshooting.md lists what explain recognises.',
        '',
      ].join('\n'),
    );
  });
});
