#!/usr/bin/env node
import {
  historyForScan
} from "./chunk-EONRUTB5.js";
import "./chunk-K5AA3NCX.js";
import "./chunk-QTPL3ROI.js";
import {
  UsageError
} from "./chunk-ILGW4I5N.js";
import "./chunk-AAXGI36X.js";

// src/action/history.ts
function actionHistory(options) {
  try {
    return historyForScan(options);
  } catch (error) {
    if (error instanceof UsageError) {
      throw new UsageError(
        `${error.message.replace(/^--history/, "input history")} (check out the repository with actions/checkout, fetch-depth: 0)`
      );
    }
    throw error;
  }
}
export {
  actionHistory
};
