#!/usr/bin/env node
import {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
} from "./chunk-VYXYHWFX.js";
import "./chunk-LPRJ27BX.js";
import "./chunk-DY65V6XI.js";
import "./chunk-SJ7L7DRX.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-7TDXAWLA.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-AAXGI36X.js";
export {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
};
