/** The data model of `explain`: what was read out of the logs, and the explanations built from it. */
import type { FailureId } from './catalogue.js';

export type Side = 'client' | 'server';

/** The four negotiated lists whose mismatch ends a connection before authentication. */
export type ListKind = 'kex' | 'hostkey' | 'cipher' | 'mac';

/** A line of an input, quoted as evidence. */
export interface LogRef {
  /** The input's name: a file name, or `-` for standard input. */
  input: string;
  line: number;
  text: string;
}

export interface SoftwareVersion {
  /** As the log writes it: `OpenSSH_9.2p1 Debian-2+deb12u10`, `JSCH-0.1.54`, `dropbear_2019.78`. */
  text: string;
  /** [major, minor] for OpenSSH (not OpenSSH for Windows), null for other software. */
  openssh: readonly [number, number] | null;
  /** Other software the table in data/ssh-software.ts knows, by its id, and its version when the text has one. */
  other: { id: string; name: string; version: string | null } | null;
  ref: LogRef;
}

/** A Host block that applied, as the client log names it (`... line 1: Applying options for nas`). */
export interface LoggedHostBlock {
  /** The pattern that matched: the name the user typed when it has no wildcard. */
  pattern: string;
  path: string;
  line: number;
  ref: LogRef;
}

export interface LoggedKey {
  /** The file name or agent comment the log shows. */
  name: string;
  /** ssh-keygen's key kind (RSA, ED25519, ...) when the line gives it. */
  kind: string | null;
  fingerprint: string | null;
  ref: LogRef;
}

export type LogEvent =
  | { kind: 'negotiation-failed'; list: ListKind; side: Side; peer: string; offer: string[]; ref: LogRef }
  | { kind: 'key-will-attempt'; key: LoggedKey }
  | { kind: 'key-offered'; key: LoggedKey }
  | { kind: 'key-accepted'; key: LoggedKey }
  | { kind: 'key-trying-private'; key: LoggedKey }
  | { kind: 'key-skipped-algorithm'; type: string; name: string; option: string; ref: LogRef }
  | { kind: 'key-skipped'; name: string; reason: string; ref: LogRef }
  | { kind: 'key-load-failed'; name: string; reason: string; ref: LogRef }
  | { kind: 'key-permissions'; name: string; mode: string; ref: LogRef }
  | { kind: 'no-mutual-signature'; key: LoggedKey | null; ref: LogRef }
  | { kind: 'agent-refused'; keyKind: string; name: string; ref: LogRef }
  | { kind: 'server-rejected-algorithm'; algorithm: string; what: string; option: string; ref: LogRef }
  | { kind: 'server-rsa-too-small'; ref: LogRef }
  | { kind: 'server-strict-modes'; detail: string; ref: LogRef }
  | { kind: 'server-accepted'; ref: LogRef }
  | { kind: 'server-auth-ended'; user: string; address: string; ref: LogRef }
  | { kind: 'permission-denied'; user: string; host: string; methods: string[]; ref: LogRef }
  | {
      kind: 'host-key-changed';
      keyKind: string | null;
      fingerprint: string | null;
      knownHosts: string | null;
      knownHostsLine: number | null;
      removeCommand: string | null;
      ref: LogRef;
    }
  | { kind: 'host-key-verification-failed'; ref: LogRef }
  | { kind: 'forge-sha1-rsa'; forge: 'github' | 'azure-devops'; ref: LogRef };

/** Everything read out of the inputs, in one place, for the reasoning to work on. */
export interface Transcript {
  inputs: string[];
  clientVersion: SoftwareVersion | null;
  serverVersion: SoftwareVersion | null;
  /** The destination as the log names it, and the user. */
  host: string | null;
  user: string | null;
  /** What each side proposed in its KEXINIT (client logs at -vv and sshd at DEBUG2 print both). */
  proposals: Record<Side, Partial<Record<ListKind, string[]>>>;
  /** The host key the server presented, as the client logged it. */
  serverHostKey: { type: string; fingerprint: string; ref: LogRef } | null;
  /** The server-sig-algs extension (RFC 8308) as the client received it; null when the log shows none. */
  serverSigAlgs: string[] | null;
  /** Whether the client log is verbose enough (-v) to tell that no server-sig-algs arrived. */
  extInfoObservable: boolean;
  /** Whether the client's KEXINIT asked for server-sig-algs (ext-info-c, RFC 8308); null when no log shows it. */
  clientAsksExtInfo: boolean | null;
  /** The Host block of the user's ssh_config that applied, from the client log; null when none did. */
  hostBlock: LoggedHostBlock | null;
  events: LogEvent[];
  /** Lines that no rule recognised but that look like errors, to say what was not explained. */
  unrecognisedErrors: LogRef[];
}

/** The failures explain can report, derived from the catalogue. */
export type { FailureId };

export type FixKind = 'new-key' | 'upgrade' | 'fix-config' | 'action' | 'workaround';

export interface Fix {
  kind: FixKind;
  text: string;
  /** Exact lines to type or put in a file, when there are any. */
  lines?: string[];
}

export interface Explanation {
  id: FailureId;
  title: string;
  /** What happened, in the terms of this log. */
  happened: string;
  /** The protocol facts and the OpenSSH release behind them. */
  why: string[];
  /** In order of preference; a workaround always comes last. */
  fixes: Fix[];
  /** What --key and --config add. */
  notes: string[];
  evidence: LogRef[];
}

export interface ExplainResult {
  inputs: string[];
  client: string | null;
  server: string | null;
  host: string | null;
  explanations: Explanation[];
  /** Up to five error-looking lines that no rule explains, so the user sees what was left over. */
  unrecognised: LogRef[];
}
