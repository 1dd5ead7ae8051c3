/**
 * A purpose-built SSH server that behaves like one from before rsa-sha2 (OpenSSH older than 7.2): it sends
 * no server-sig-algs extension (RFC 8308), so a client of OpenSSH 8.8 or later finds no signature
 * algorithm it may use for an RSA key and logs `send_pubkey_test: no mutual signature algorithm`. Nothing
 * here can run such an old sshd, so this speaks just enough of the protocol, with Node's crypto:
 * curve25519-sha256@libssh.org key exchange (RFC 8731) with an Ed25519 host key, aes128-ctr with
 * hmac-sha2-256 (RFC 4344, RFC 6668), the ssh-userauth service, and a USERAUTH_FAILURE "publickey" for
 * every request, recording each public key algorithm a client asks about. Loopback only; test use only.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  sign,
} from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';

const MSG = { DISCONNECT: 1, SERVICE_REQUEST: 5, SERVICE_ACCEPT: 6, KEXINIT: 20, NEWKEYS: 21, ECDH_INIT: 30, ECDH_REPLY: 31 };
const USERAUTH = { REQUEST: 50, FAILURE: 51 };

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

function sshString(value: Buffer | string): Buffer {
  const body = typeof value === 'string' ? Buffer.from(value) : value;
  return Buffer.concat([u32(body.length), body]);
}

/** RFC 4251 mpint of an unsigned big-endian byte string. */
function mpint(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  let body = bytes.subarray(start);
  if (body.length > 0 && body[0]! & 0x80) body = Buffer.concat([Buffer.from([0]), body]);
  return sshString(body);
}

class Reader {
  offset = 0;
  constructor(readonly buffer: Buffer) {}
  byte(): number {
    return this.buffer[this.offset++]!;
  }
  string(): Buffer {
    const length = this.buffer.readUInt32BE(this.offset);
    const value = this.buffer.subarray(this.offset + 4, this.offset + 4 + length);
    this.offset += 4 + length;
    return value;
  }
}

const b64url = (buffer: Buffer): string => buffer.toString('base64url');

export interface LegacyPeer {
  port: number;
  /** Public key algorithms of the USERAUTH_REQUESTs received ("ssh-rsa", ...). */
  publickeyAlgorithms: string[];
  close(): Promise<void>;
}

/** Starts the peer on 127.0.0.1 at a free port, announcing `version` (default OpenSSH_7.1p2). */
export async function startLegacyPeer(version = 'OpenSSH_7.1p2'): Promise<LegacyPeer> {
  const hostKey = generateKeyPairSync('ed25519');
  const hostPublic = Buffer.from(hostKey.publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const hostBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(hostPublic)]);
  const serverId = `SSH-2.0-${version}`;
  const publickeyAlgorithms: string[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    serve(socket);
  });

  function serve(socket: Socket): void {
    let input = Buffer.alloc(0);
    let clientId: string | null = null;
    let clientKexinit: Buffer | null = null;
    let serverKexinit: Buffer | null = null;
    let sendSeq = 0;
    let receiveSeq = 0;
    let encrypt: { cipher: ReturnType<typeof createCipheriv>; macKey: Buffer } | null = null;
    let decrypt: { decipher: ReturnType<typeof createDecipheriv>; macKey: Buffer; pending: Buffer | null } | null = null;
    let keys: { c2s: [Buffer, Buffer, Buffer]; s2c: [Buffer, Buffer, Buffer] } | null = null;

    const send = (payload: Buffer): void => {
      const block = encrypt ? 16 : 8;
      let padding = block - ((5 + payload.length) % block);
      if (padding < 4) padding += block;
      const packet = Buffer.concat([u32(1 + payload.length + padding), Buffer.from([padding]), payload, randomBytes(padding)]);
      if (encrypt) {
        const mac = createHmac('sha256', encrypt.macKey).update(u32(sendSeq)).update(packet).digest();
        socket.write(Buffer.concat([encrypt.cipher.update(packet), mac]));
      } else socket.write(packet);
      sendSeq = (sendSeq + 1) >>> 0;
    };

    const kexinit = (): Buffer =>
      Buffer.concat([
        Buffer.from([MSG.KEXINIT]),
        randomBytes(16),
        ...[
          'curve25519-sha256@libssh.org',
          'ssh-ed25519',
          'aes128-ctr',
          'aes128-ctr',
          'hmac-sha2-256',
          'hmac-sha2-256',
          'none',
          'none',
          '',
          '',
        ].map((list) => sshString(list)),
        Buffer.from([0]),
        u32(0),
      ]);

    const handle = (payload: Buffer): void => {
      const reader = new Reader(payload);
      const type = reader.byte();
      if (type === MSG.KEXINIT) {
        clientKexinit = payload;
      } else if (type === MSG.ECDH_INIT) {
        const clientPublic = reader.string();
        const ephemeral = generateKeyPairSync('x25519');
        const serverPublic = Buffer.from(ephemeral.publicKey.export({ format: 'jwk' }).x!, 'base64url');
        const peerKey = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: b64url(clientPublic) }, format: 'jwk' });
        const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: peerKey });
        const k = mpint(shared);
        const exchangeHash = createHash('sha256')
          .update(
            Buffer.concat([
              sshString(clientId!),
              sshString(serverId),
              sshString(clientKexinit!),
              sshString(serverKexinit!),
              sshString(hostBlob),
              sshString(clientPublic),
              sshString(serverPublic),
              k,
            ]),
          )
          .digest();
        const signature = Buffer.concat([sshString('ssh-ed25519'), sshString(sign(null, exchangeHash, hostKey.privateKey))]);
        send(Buffer.concat([Buffer.from([MSG.ECDH_REPLY]), sshString(hostBlob), sshString(serverPublic), sshString(signature)]));
        send(Buffer.from([MSG.NEWKEYS]));
        // RFC 4253 section 7.2: the first exchange hash is the session id; keys are HASH(K || H || letter || session_id).
        const derive = (letter: string): Buffer =>
          createHash('sha256').update(k).update(exchangeHash).update(letter).update(exchangeHash).digest();
        keys = {
          c2s: [derive('A').subarray(0, 16), derive('C').subarray(0, 16), derive('E')],
          s2c: [derive('B').subarray(0, 16), derive('D').subarray(0, 16), derive('F')],
        };
        encrypt = { cipher: createCipheriv('aes-128-ctr', keys.s2c[1], keys.s2c[0]), macKey: keys.s2c[2] };
      } else if (type === MSG.NEWKEYS) {
        decrypt = { decipher: createDecipheriv('aes-128-ctr', keys!.c2s[1], keys!.c2s[0]), macKey: keys!.c2s[2], pending: null };
      } else if (type === MSG.SERVICE_REQUEST) {
        send(Buffer.concat([Buffer.from([MSG.SERVICE_ACCEPT]), sshString(reader.string())]));
      } else if (type === USERAUTH.REQUEST) {
        reader.string(); // user
        reader.string(); // service
        const method = reader.string().toString();
        if (method === 'publickey') {
          reader.byte(); // has signature
          publickeyAlgorithms.push(reader.string().toString());
        }
        send(Buffer.concat([Buffer.from([USERAUTH.FAILURE]), sshString('publickey'), Buffer.from([0])]));
      } else if (type === MSG.DISCONNECT) {
        socket.end();
      }
    };

    const pump = (): void => {
      for (;;) {
        if (clientId === null) {
          const end = input.indexOf('\r\n');
          if (end < 0) return;
          clientId = input.subarray(0, end).toString();
          input = input.subarray(end + 2);
          continue;
        }
        if (!decrypt) {
          if (input.length < 4) return;
          const length = input.readUInt32BE(0);
          if (input.length < 4 + length) return;
          const packet = input.subarray(4, 4 + length);
          input = input.subarray(4 + length);
          receiveSeq = (receiveSeq + 1) >>> 0;
          handle(packet.subarray(1, packet.length - packet[0]!));
          continue;
        }
        // Encrypted: decrypt the first block to learn the length, then the rest, then check the MAC.
        if (!decrypt.pending) {
          if (input.length < 16) return;
          decrypt.pending = decrypt.decipher.update(input.subarray(0, 16));
          input = input.subarray(16);
        }
        const length = decrypt.pending.readUInt32BE(0);
        const rest = 4 + length - 16;
        if (input.length < rest + 32) return;
        const packet = Buffer.concat([decrypt.pending, decrypt.decipher.update(input.subarray(0, rest))]);
        const mac = input.subarray(rest, rest + 32);
        input = input.subarray(rest + 32);
        decrypt.pending = null;
        const expected = createHmac('sha256', decrypt.macKey).update(u32(receiveSeq)).update(packet).digest();
        receiveSeq = (receiveSeq + 1) >>> 0;
        if (!expected.equals(mac)) {
          socket.destroy();
          return;
        }
        handle(packet.subarray(5, packet.length - packet[4]!));
      }
    };

    socket.write(`${serverId}\r\n`);
    serverKexinit = kexinit();
    send(serverKexinit);
    socket.on('data', (chunk: Buffer) => {
      input = Buffer.concat([input, chunk]);
      pump();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the legacy peer has no TCP address');
  return {
    port: address.port,
    publickeyAlgorithms,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
