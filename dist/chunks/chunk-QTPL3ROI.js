#!/usr/bin/env node
import {
  __require
} from "./chunk-AAXGI36X.js";

// lazy-library:minimatch
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var loaded;
function library() {
  const here = dirname(fileURLToPath(import.meta.url));
  loaded ??= __require(join(basename(here) === "chunks" ? here : join(here, "chunks"), "minimatch.cjs"));
  return loaded;
}
function minimatch(...args) {
  return library().minimatch(...args);
}
var Minimatch = class {
  constructor(...args) {
    return new (library()).Minimatch(...args);
  }
};

export {
  minimatch,
  Minimatch
};
