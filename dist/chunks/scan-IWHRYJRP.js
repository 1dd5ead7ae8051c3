#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  scan,
  summarise
} from "./chunk-CSQCMFW4.js";
import "./chunk-RM23ZZD2.js";
import "./chunk-KHR5E7TR.js";
import "./chunk-RJTNWQYX.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-CPBSBNDE.js";
import "./chunk-W22L2EET.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-D7IUCLMQ.js";
import "./chunk-7F6AQDAN.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-H66P4RDA.js";
import "./chunk-AUXPNFTJ.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
