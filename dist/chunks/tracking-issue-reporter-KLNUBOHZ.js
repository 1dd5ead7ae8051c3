#!/usr/bin/env node
import {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
} from "./chunk-T75PL4BQ.js";
import "./chunk-IH4EKXPM.js";
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
