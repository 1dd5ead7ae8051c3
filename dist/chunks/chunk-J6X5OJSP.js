#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var REPOSITORY_URL = "https://github.com/ssh-key-audit/ssh-key-audit";
var RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

export {
  VERSION,
  REPOSITORY_URL,
  RULES_DOC_URL
};
