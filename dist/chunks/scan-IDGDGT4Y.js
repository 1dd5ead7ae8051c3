#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  scan,
  summarise
} from "./chunk-2NLLZTIU.js";
import "./chunk-GHK3RMYB.js";
import "./chunk-SOAWLR2G.js";
import "./chunk-XAGLPTHQ.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-DN5R5AWB.js";
import "./chunk-HV4OI6HX.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-IGURY5ID.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-TTJEG274.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
