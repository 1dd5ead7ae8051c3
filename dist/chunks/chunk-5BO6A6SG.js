#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);

// src/reporters/json-reporter.ts
function renderJson(result) {
  return JSON.stringify(result, null, 2) + "\n";
}

export {
  renderJson
};
