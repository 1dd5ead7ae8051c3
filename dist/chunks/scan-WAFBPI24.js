#!/usr/bin/env node
import {
  scan,
  summarise
} from "./chunk-YVKMYRNY.js";
import "./chunk-UL3HQTUI.js";
import "./chunk-MZR6QPNY.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-QCZIQUKG.js";
import "./chunk-QTPL3ROI.js";
import "./chunk-HXELQJ4C.js";
import "./chunk-ETGSMTXK.js";
import "./chunk-O6YSTMD5.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-NNZT4NSA.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-DYDNBUK7.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
