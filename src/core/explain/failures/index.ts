/**
 * Every family of failures, in the order explanations are listed: before authentication, host keys, the
 * client's keys and signatures, then the outcome they share. The catalogue, the log reader and the reasoning
 * all read this list, so a family is added here once.
 */
import { agentAndServer } from './agent-and-server.js';
import { hostKeys } from './host-keys.js';
import { keyFiles } from './key-files.js';
import { negotiation } from './negotiation.js';
import { permissionDenied } from './permission-denied.js';
import { signatures } from './signatures.js';

export const FAMILIES = [negotiation, hostKeys, keyFiles, signatures, agentAndServer, permissionDenied] as const;
