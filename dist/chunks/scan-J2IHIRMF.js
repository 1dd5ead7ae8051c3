#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  scan,
  summarise
} from "./chunk-QVNTJU6F.js";
import "./chunk-RNDL2CMU.js";
import "./chunk-5QJXU7N2.js";
import "./chunk-66HFAMML.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-TRLE6MTC.js";
import "./chunk-KVEOVWMA.js";
import "./chunk-BXCBUL4N.js";
import "./chunk-J5KGRYAI.js";
import "./chunk-HM3DAAP7.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-GTLX77JM.js";
import "./chunk-J6X5OJSP.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
