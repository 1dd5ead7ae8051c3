#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  scan,
  summarise
} from "./chunk-QSSLKQZV.js";
import "./chunk-RM23ZZD2.js";
import "./chunk-BNNRPYKZ.js";
import "./chunk-7HE2UQYQ.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-4D6OC5XM.js";
import "./chunk-W22L2EET.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-D7IUCLMQ.js";
import "./chunk-KTLMLZWR.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-H66P4RDA.js";
import "./chunk-WBQHX2QK.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
