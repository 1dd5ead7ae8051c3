/**
 * The Action's log behind the output guard (core/redact.ts): the messages main.ts writes to the workflow
 * log, and the failure it sets, pass guardText() like every report does.
 */
import * as core from '@actions/core';
import { guardText } from '../core/redact.js';

export const log = {
  info: (message: string): void => core.info(guardText(message)),
  warning: (message: string): void => core.warning(guardText(message)),
  setFailed: (message: string): void => core.setFailed(guardText(message)),
};
