#!/usr/bin/env node
import {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
} from "./chunk-ZJC273BX.js";
import "./chunk-LPK7IG2E.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-FSGMK3CE.js";
import "./chunk-AAXGI36X.js";
export {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
};
