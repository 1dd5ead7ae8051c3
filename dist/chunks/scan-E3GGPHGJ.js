#!/usr/bin/env node
import {
  scan,
  summarise
} from "./chunk-7LDCH7OQ.js";
import "./chunk-MDM4FJOF.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-BUAPM6LN.js";
import "./chunk-QTPL3ROI.js";
import "./chunk-HIK7TDY5.js";
import "./chunk-7K7HKNGJ.js";
import "./chunk-LAG7EG7Y.js";
import "./chunk-FCOY3ISQ.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-C2NOMTPT.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-XOWQVEOK.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
