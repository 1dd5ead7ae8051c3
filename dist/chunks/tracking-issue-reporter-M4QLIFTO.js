#!/usr/bin/env node
import {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
} from "./chunk-E7XPXE2Z.js";
import "./chunk-36W3VZDB.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-P7OTCKH5.js";
import "./chunk-AAXGI36X.js";
export {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
};
