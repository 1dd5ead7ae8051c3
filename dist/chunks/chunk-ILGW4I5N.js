#!/usr/bin/env node

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var KeyFormatError = class extends Error {
  name = "KeyFormatError";
};
var WRITE_ERRORS = {
  ENOENT: "its directory does not exist",
  ENOTDIR: "a part of its path is not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOSPC: "the disk is full",
  EROFS: "the file system is read-only"
};
function writeErrorReason(error) {
  const code = error?.code;
  return (code && WRITE_ERRORS[code]) ?? code ?? "unknown error";
}

export {
  UsageError,
  KeyFormatError,
  writeErrorReason
};
