#!/usr/bin/env node
import {
  scan,
  summarise
} from "./chunk-DEC45CT2.js";
import "./chunk-UL3HQTUI.js";
import "./chunk-R4ZJ3Q6X.js";
import "./chunk-OCWKS3J7.js";
import "./chunk-QCZIQUKG.js";
import "./chunk-QTPL3ROI.js";
import "./chunk-JEPBBKKA.js";
import "./chunk-ETGSMTXK.js";
import "./chunk-ACTYS6I7.js";
import "./chunk-ZO5PTKSB.js";
import "./chunk-ZAUYDAMR.js";
import "./chunk-AFWYQFC3.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-GEDZCDBK.js";
import "./chunk-CCRRIRE6.js";
import "./chunk-ILGW4I5N.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  scan,
  summarise
};
