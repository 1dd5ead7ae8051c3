#!/usr/bin/env node
import {
  inventoryBytes
} from "./chunk-LYZTPKFY.js";
import "./chunk-7K7HKNGJ.js";
import "./chunk-BYQ5LVE7.js";
import "./chunk-LAG7EG7Y.js";
import "./chunk-GUMW3ZH5.js";
import "./chunk-K3C5EDDC.js";
import "./chunk-FCOY3ISQ.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-XOWQVEOK.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  inventoryBytes
};
