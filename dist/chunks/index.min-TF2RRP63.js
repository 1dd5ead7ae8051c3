#!/usr/bin/env node
import {
  Cn,
  En,
  K,
  Ls,
  Ns,
  Ps,
  ee,
  j,
  je,
  kn,
  lt,
  se,
  st,
  vn,
  xn,
  zs
} from "./chunk-BXCBUL4N.js";
import "./chunk-AAXGI36X.js";
export {
  j as Glob,
  lt as Ignore,
  K as escape,
  Ns as glob,
  Ls as globIterate,
  se as globIterateSync,
  Ps as globStream,
  ee as globStreamSync,
  zs as globSync,
  je as hasMagic,
  kn as iterate,
  En as iterateSync,
  vn as stream,
  xn as streamSync,
  Cn as sync,
  st as unescape
};
