#!/usr/bin/env node
import {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
} from "./chunk-KEAR2WUS.js";
import "./chunk-4U6IIKRN.js";
import "./chunk-GYNN6ZCP.js";
import "./chunk-25ZG4RWI.js";
import "./chunk-4VQPG3QX.js";
import "./chunk-AAXGI36X.js";
export {
  MAX_BODY,
  renderClosingComment,
  renderTrackingIssue,
  trackingContent,
  trackingIssueMarker
};
