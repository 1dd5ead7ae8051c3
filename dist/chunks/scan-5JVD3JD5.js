#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  scan,
  summarise
} from "./chunk-HYCZCCS3.js";
import "./chunk-GXXVCKGI.js";
import "./chunk-MAE3FXTH.js";
import "./chunk-Q4IQ42JY.js";
import "./chunk-6VK4DKLJ.js";
import "./chunk-5VEJ3FER.js";
import "./chunk-H5H6SFQ5.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-XVLH6VOE.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-7TDXAWLA.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
