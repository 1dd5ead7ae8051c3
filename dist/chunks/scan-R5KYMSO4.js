#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  scan,
  summarise
} from "./chunk-NKO6FFIY.js";
import "./chunk-RM23ZZD2.js";
import "./chunk-MAE3FXTH.js";
import "./chunk-Q4IQ42JY.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-QLJQKV27.js";
import "./chunk-W22L2EET.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-FHS4YN6V.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-H66P4RDA.js";
import "./chunk-WBQHX2QK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
