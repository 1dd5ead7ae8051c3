#!/usr/bin/env node
import {
  inventoryBytes
} from "./chunk-VF55U6IM.js";
import "./chunk-MBOJN5SW.js";
import "./chunk-FH2XHLGS.js";
import "./chunk-FCOY3ISQ.js";
import "./chunk-NI4HULPV.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-BYQ5LVE7.js";
import "./chunk-VNP3OZJR.js";
import "./chunk-4VQPG3QX.js";
import "./chunk-AAXGI36X.js";
export {
  inventoryBytes
};
