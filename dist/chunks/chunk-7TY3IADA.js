#!/usr/bin/env node
import {
  guardText,
  withheldTotal,
  withheldWarning
} from "./chunk-42MXORR6.js";

// src/cli/guarded-io.ts
function guardedStream(stream) {
  return new Proxy(stream, {
    get(target, property, receiver) {
      if (property === "write") {
        return (chunk, ...rest) => target.write.call(target, typeof chunk === "string" ? guardText(chunk) : chunk, ...rest);
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    }
  });
}
async function withGuardedIo(io, command) {
  const before = withheldTotal();
  try {
    return await command({ ...io, stdout: guardedStream(io.stdout), stderr: guardedStream(io.stderr) });
  } finally {
    const withheld = withheldTotal() - before;
    if (withheld > 0) io.stderr.write(`ssh-key-audit: warning: ${withheldWarning(withheld)}
`);
  }
}

export {
  withGuardedIo
};
