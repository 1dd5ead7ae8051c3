#!/usr/bin/env node
import {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
} from "./chunk-2LQYJCX2.js";
import "./chunk-WSX6TK3K.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-EWAWYUKK.js";
import "./chunk-AAXGI36X.js";
export {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
};
