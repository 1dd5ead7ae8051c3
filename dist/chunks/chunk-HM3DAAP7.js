#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var KeyFormatError = class extends Error {
  name = "KeyFormatError";
};

export {
  UsageError,
  KeyFormatError
};
