#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  historyForScan
} from "./chunks/chunk-54TLAP52.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-QAE34XW4.js";
import {
  renderJson
} from "./chunks/chunk-5BO6A6SG.js";
import {
  failingFindings
} from "./chunks/chunk-QJETXEJ7.js";
import {
  ADDED_LINES_DIFF,
  addedLinesSince,
  parseZeroContextDiff
} from "./chunks/chunk-MTNVUZVF.js";
import "./chunks/chunk-K5AA3NCX.js";
import {
  scan
} from "./chunks/chunk-HYCZCCS3.js";
import "./chunks/chunk-GXXVCKGI.js";
import "./chunks/chunk-MAE3FXTH.js";
import {
  resolveOptions
} from "./chunks/chunk-BTJFX2BL.js";
import "./chunks/chunk-Q4IQ42JY.js";
import "./chunks/chunk-6VK4DKLJ.js";
import {
  inventoryBytes,
  loadBlocklists
} from "./chunks/chunk-5VEJ3FER.js";
import {
  makeFinding
} from "./chunks/chunk-H5H6SFQ5.js";
import {
  guardText,
  withheldTotal,
  withheldWarning
} from "./chunks/chunk-GUMW3ZH5.js";
import {
  parseCount,
  parseFailOn,
  quoteValue
} from "./chunks/chunk-XVLH6VOE.js";
import "./chunks/chunk-ZAUYDAMR.js";
import {
  UsageError,
  writeErrorReason
} from "./chunks/chunk-ILGW4I5N.js";
import {
  cell,
  codeCell
} from "./chunks/chunk-DY65V6XI.js";
import {
  keyTally,
  plural,
  policyNotes,
  summaryLine
} from "./chunks/chunk-SJ7L7DRX.js";
import {
  renderSarif
} from "./chunks/chunk-I7WGTO5E.js";
import "./chunks/chunk-OCWKS3J7.js";
import {
  RULES,
  urgencyRank
} from "./chunks/chunk-7TDXAWLA.js";
import {
  RULES_DOC_URL
} from "./chunks/chunk-GYNN6ZCP.js";
import {
  trimTrailing
} from "./chunks/chunk-25ZG4RWI.js";
import {
  __toESM
} from "./chunks/chunk-AAXGI36X.js";

// src/action/index.ts
import { isMainThread } from "node:worker_threads";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command2, properties, message) {
  const cmd = new Command(command2, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command2, properties, message) {
    if (!command2) {
      command2 = "missing.command";
    }
    this.command = command2;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command2, message) {
  const filePath = process.env[`GITHUB_${command2}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command2}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label2, content) {
    const element = this.wrap("details", this.wrap("summary", label2) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// src/reporters/urgency.ts
var SEVERITIES = ["error", "warning", "notice"];
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function byUrgency(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || urgencyRank(a.rule) - urgencyRank(b.rule) || compare(a.path, b.path) || compare(a.line, b.line) || compare(a.rule, b.rule);
}
function mostUrgentFirst(items) {
  return [...items].sort(byUrgency);
}
function countBySeverity(items) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const item of items) counts[item.severity]++;
  return counts;
}
function moreText(counts) {
  return SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], `more ${severity}`)).join(", ");
}

// src/reporters/finding-table.ts
var placeOf = (item) => `${item.commit ?? ""}\0${item.path}\0${item.line}`;
function findingRows(findings, keys) {
  const keyAt = /* @__PURE__ */ new Map();
  for (const key of keys) if (!keyAt.has(placeOf(key))) keyAt.set(placeOf(key), key);
  const rows = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(byUrgency)) {
    const place = placeOf(finding);
    const row = rows.get(place);
    if (row) row.findings.push(finding);
    else {
      rows.set(place, {
        path: finding.path,
        line: finding.line,
        ...finding.commit ? { commit: finding.commit } : {},
        severity: finding.severity,
        findings: [finding],
        key: keyAt.get(place) ?? null
      });
    }
  }
  return [...rows.values()];
}
function sourceUrl(links, path, line, commit) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${links.server}/${links.repository}/blob/${commit ?? links.sha}/${encoded}#L${line}`;
}
function whereCell(row, isFile, links) {
  const inFile = isFile(row.path);
  const text2 = inFile ? `${row.path}:${row.line}` : row.path;
  const code = `\`${codeCell(text2)}\``;
  const history = row.commit ? ` (history, ${row.commit.slice(0, 12)})` : "";
  if (!inFile || !links) return `${code}${history}`;
  return `[${code}](${sourceUrl(links, row.path, row.line, row.commit)})${history}`;
}
function keyText(key) {
  if (!key) return "";
  const size = key.bits ? ` ${key.bits}-bit` : "";
  const fingerprint = key.fingerprint ? `<br><sub>\`${codeCell(key.fingerprint)}\`</sub>` : "";
  return `\`${codeCell(key.type)}\`${size}${fingerprint}`;
}
function rulesCell(findings) {
  return findings.map((finding) => `**${finding.severity}** [${finding.rule}](${RULES_DOC_URL}#${finding.rule}): ${cell(finding.message)}`).join("<br>");
}
var TABLE_HEAD = ["| Where | Findings |", "| --- | --- |"];
function rowLine(row, isFile, links) {
  const key = keyText(row.key);
  return `| ${whereCell(row, isFile, links)}${key ? `<br>${key}` : ""} | ${rulesCell(row.findings)} |`;
}
function addRows(out, lines, rows, max, budget) {
  let size = out.reduce((total, line) => total + line.length + 1, 0);
  let listed = 0;
  for (const line of lines) {
    if (listed >= max || size + line.length + 1 > budget) break;
    out.push(line);
    size += line.length + 1;
    listed++;
  }
  return countBySeverity(rows.slice(listed).flatMap((row) => row.findings));
}
function addFindingTable(out, rows, cut) {
  out.push(...TABLE_HEAD);
  const left = addRows(
    out,
    rows.map((row) => rowLine(row, cut.isFile, cut.links)),
    rows,
    cut.max,
    cut.budget
  );
  const more = moreLine(left, cut.elsewhere);
  if (more) out.push("", more);
}
function findingCount(rows) {
  return rows.reduce((total, row) => total + row.findings.length, 0);
}
function moreLine(left, where) {
  const text2 = moreText(left);
  return text2 ? `\u2026and ${text2}${where}.` : null;
}
var TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));
function failureReasons(failing, most = 4) {
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of [...failing].sort(byUrgency)) {
    const entry = byRule.get(finding.rule);
    if (entry) entry.count++;
    else byRule.set(finding.rule, { count: 1, first: finding });
  }
  const ordered = [...byRule.entries()].sort(
    ([a, x], [b, y]) => SEVERITY_RANK[x.first.severity] - SEVERITY_RANK[y.first.severity] || urgencyRank(a) - urgencyRank(b) || y.count - x.count || (a < b ? -1 : 1)
  );
  const parts = ordered.slice(0, most).map(([rule, { count }]) => `${count} \xD7 ${TITLES.get(rule) ?? rule}`);
  if (ordered.length > most) parts.push(`${plural(ordered.length - most, "more rule")}`);
  return parts.join(", ");
}
function verdictLine(verdict, findings, subject) {
  if (verdict.failing.length > 0) return `\u274C ${subject} failed: ${failureReasons(verdict.failing)}`;
  if (findings.length === 0) return `\u2705 ${subject} passed: no findings`;
  const counts = countBySeverity(findings);
  const open2 = ["error", "warning", "notice"].filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity));
  const why = verdict.failOn === "never" ? "fail-on is never" : `nothing at or above fail-on ${verdict.failOn}`;
  return `\u2705 ${subject} passed: ${why} (${open2.join(", ")} to look at)`;
}

// src/reporters/summary-reporter.ts
var ELSEWHERE = ": every finding is in the JSON report and the SARIF";
var BUDGET = 512 * 1024;
var NOTICES_BUDGET = BUDGET - 64 * 1024;
function locationText(finding, isFile) {
  const where = isFile(finding.path) ? `${finding.path}:${finding.line}` : finding.path;
  return `\`${codeCell(where)}\``;
}
function scopeLine(scope) {
  const where = scope.filter === "added" ? "on lines this pull request adds" : "in files this pull request changes";
  const source = scope.source ? ` (the changes come from ${scope.source} in the checkout: the GitHub API could not list them)` : "";
  const hidden = scope.hidden > 0 ? ` ${plural(scope.hidden, "finding")} elsewhere in the repository ${scope.hidden === 1 ? "is" : "are"} left out here (\`pr-filter: ${scope.filter}\`); the SARIF report has every finding.` : "";
  return `Pull request #${scope.number}: findings ${where}${source}.${hidden}`;
}
function filterProblemLine(problem) {
  return `**The pull request filter could not be applied** (${problem}), so every finding in the repository is reported and counts for the result, including findings that were there before this pull request.`;
}
function renderSummary(result, options) {
  const isFile = options.isFile ?? (() => true);
  const links = options.links ?? null;
  const max = options.maxRows ?? 100;
  const { summary: summary2 } = result;
  const out = [`## ${verdictLine(options.verdict, result.findings, "ssh-key-audit")}`, ""];
  out.push(`${summaryLine(summary2)}.`, "");
  if (options.filterProblem) out.push(`> ${filterProblemLine(options.filterProblem)}`, "");
  if (options.pullRequest) out.push(`> ${scopeLine(options.pullRequest)}`, "");
  for (const note of options.notes ?? []) out.push(`> ${note}`, "");
  const rows = findingRows(result.findings, result.keys);
  const toFix = rows.filter((row) => row.severity !== "notice");
  const notices = rows.filter((row) => row.severity === "notice");
  if (toFix.length > 0) {
    out.push(`### Errors and warnings (${plural(toFix.length, "place")})`, "");
    addFindingTable(out, toFix, { isFile, links, max, budget: NOTICES_BUDGET, elsewhere: ELSEWHERE });
    out.push("");
  }
  if (notices.length > 0) {
    out.push("<details>", `<summary>Notices (${findingCount(notices)})</summary>`, "");
    addFindingTable(out, notices, { isFile, links, max, budget: BUDGET - 32 * 1024, elsewhere: ELSEWHERE });
    out.push("", "</details>", "");
  }
  if (rows.length === 0) out.push("No findings.", "");
  if (result.keys.length > 0) {
    const secrets = result.keys.filter((key) => key.source === "secret").length;
    const deployKeys = result.keys.filter((key) => key.source === "deploy-key").length;
    const extra = [secrets > 0 ? `${plural(secrets, "key")} from secrets` : "", deployKeys > 0 ? plural(deployKeys, "deploy key") : ""].filter(Boolean).join(", ");
    out.push("<details>", `<summary>Key inventory: ${plural(summary2.keys, "key")}${extra ? ` (${extra})` : ""}</summary>`, "");
    out.push("| Type | Bits | Keys |", "| --- | ---: | ---: |");
    const tally = keyTally(result.keys);
    for (const group of tally.slice(0, max)) out.push(`| ${cell(group.type)} | ${group.bits ?? "\u2014"} | ${group.count} |`);
    if (tally.length > max) out.push("", `\u2026and ${tally.length - max} more types and sizes in the JSON report.`);
    out.push("", "</details>", "");
  }
  if (result.skipped.length > 0) {
    out.push("<details>", `<summary>Skipped files (${result.skipped.length})</summary>`, "", "| File | Reason |", "| --- | --- |");
    for (const item of result.skipped.slice(0, max)) out.push(`| ${cell(item.path)} | ${cell(item.reason)} |`);
    if (result.skipped.length > max) out.push("", `\u2026and ${result.skipped.length - max} more skipped files in the JSON report.`);
    out.push("", "</details>", "");
  }
  for (const note of policyNotes(summary2)) out.push(note, "");
  return out.join("\n");
}

// src/reporters/pr-comment-reporter.ts
var BUDGET2 = 6e4;
function commentMarker(category2) {
  return `<!-- ssh-key-audit-comment ${category2.replace(/--+|>/g, "-")} -->`;
}
function renderComment(result, options) {
  const max = options.maxRows ?? 50;
  const links = options.links ?? null;
  const where = options.scope?.filter === "added" ? "on the lines this pull request adds" : options.scope?.filter === "file" ? "in the files this pull request changes" : "in the repository";
  const elsewhere = options.runUrl ? ` in the [job summary](${options.runUrl})` : " in the job summary";
  const out = [options.marker, `### ${verdictLine(options.verdict, result.findings, "ssh-key-audit")}`, ""];
  out.push(result.findings.length === 0 ? `No findings ${where}.` : `${plural(result.findings.length, "finding")} ${where}.`, "");
  if (options.filterProblem) out.push(`> ${filterProblemLine(options.filterProblem)}`, "");
  const rows = findingRows(result.findings, result.keys);
  const toFix = rows.filter((row) => row.severity !== "notice");
  const notices = rows.filter((row) => row.severity === "notice");
  if (toFix.length > 0) {
    addFindingTable(out, toFix, { isFile: options.isFile, links, max, budget: BUDGET2 - 12e3, elsewhere });
    out.push("");
  }
  if (notices.length > 0) {
    out.push("<details>", `<summary>Notices (${findingCount(notices)})</summary>`, "");
    addFindingTable(out, notices, { isFile: options.isFile, links, max, budget: BUDGET2 - 6e3, elsewhere });
    out.push("", "</details>", "");
  }
  const keys = options.keys ?? result.keys;
  if (keys.length > 0) {
    const what = options.scope ? `Keys this pull request adds or changes (${keys.length})` : `Keys in the repository (${keys.length})`;
    out.push("<details>", `<summary>${what}</summary>`, "", "| Where | Key |", "| --- | --- |");
    const lines = keys.slice(0, max).map((key) => `| ${whereCell(key, options.isFile, links)} | ${keyText(key)} |`);
    let size = out.join("\n").length;
    let listed = 0;
    for (const line of lines) {
      if (size + line.length + 1 > BUDGET2 - 1e3) break;
      out.push(line);
      size += line.length + 1;
      listed++;
    }
    if (keys.length > listed) out.push("", `\u2026and ${plural(keys.length - listed, "more key")}${elsewhere}.`);
    out.push("", "</details>", "");
  }
  if (options.scope && options.scope.hidden > 0) {
    out.push(
      `${plural(options.scope.hidden, "finding")} elsewhere in the repository ${options.scope.hidden === 1 ? "is" : "are"} not about this pull request.`,
      ""
    );
  }
  if (options.runUrl) out.push(`[Workflow run](${options.runUrl})`, "");
  return out.join("\n");
}

// src/reporters/sarif-limits.ts
import { gzipSync } from "node:zlib";
var MAX_RESULTS = 25e3;
var MAX_GZIP_BYTES = 10 * 1024 * 1024;
function withCounts(result, keep) {
  const findings = mostUrgentFirst(result.findings).slice(0, keep);
  const suppressed = mostUrgentFirst(result.suppressed).slice(0, Math.max(0, keep - findings.length));
  return { ...result, findings, suppressed };
}
function renderSarifWithinLimits(result, options = {}, limits = { results: MAX_RESULTS, gzipBytes: MAX_GZIP_BYTES }) {
  const total = result.findings.length + result.suppressed.length;
  let keep = Math.min(total, limits.results);
  let fitted = keep === total ? result : withCounts(result, keep);
  let text2 = renderSarif(fitted, options);
  while (keep > 0 && gzipSync(text2).length > limits.gzipBytes) {
    keep = Math.floor(keep * limits.gzipBytes * 0.9 / gzipSync(text2).length);
    fitted = withCounts(result, keep);
    text2 = renderSarif(fitted, options);
  }
  if (keep === total) return { text: text2, dropped: null };
  const left = countBySeverity(mostUrgentFirst(result.findings).slice(fitted.findings.length));
  const parts = SEVERITIES.filter((severity) => left[severity] > 0).map((severity) => plural(left[severity], severity));
  const suppressedLeft = result.suppressed.length - fitted.suppressed.length;
  if (suppressedLeft > 0) parts.push(plural(suppressedLeft, "suppressed finding"));
  const size = limits.gzipBytes >= 1024 * 1024 ? `${limits.gzipBytes / 1024 / 1024} MB` : `${limits.gzipBytes} bytes`;
  return {
    text: text2,
    dropped: `kept the ${keep} most severe of ${total} results and dropped ${parts.join(", ")}, to stay within code scanning's limits (${limits.results} results per run, ${size} gzip per upload); the JSON report has every finding.`
  };
}

// src/reporters/tracking-issue-reporter.ts
var ROWS_BUDGET = 6e4;
var FINDINGS_SHARE = 4e4;
var RUN_LINE = /^<sub>Last changed by .*<\/sub>$/m;
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function trackingIssueMarker(category2) {
  return `<!-- ssh-key-audit-tracking-issue ${category2.replace(/--+|>/g, "-")} -->`;
}
function trackingContent(body) {
  return body.replace(/\r\n?/g, "\n").replace(RUN_LINE, "").trimEnd();
}
function location(item, isFile) {
  const span = locationText(item, isFile);
  return item.commit ? `${span} (history, ${item.commit.slice(0, 12)})` : span;
}
function findingRow(finding, isFile) {
  const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
  return `| ${finding.severity} | ${rule} | ${location(finding, isFile)} | ${cell(finding.message)} |`;
}
function keyRow(key, isFile) {
  const fingerprint = key.fingerprint ? `\`${key.fingerprint}\`` : "\u2014";
  return `| ${location(key, isFile)} | ${cell(key.type)} | ${key.bits ?? "\u2014"} | ${fingerprint} |`;
}
function addRows2(out, rows, max, limit) {
  let size = out.join("\n").length;
  let listed = 0;
  for (const row of rows) {
    if (listed >= max || size + row.length + 1 > limit) break;
    out.push(row);
    size += row.length + 1;
    listed++;
  }
  return listed;
}
function renderTrackingIssue(result, options) {
  const { summary: summary2 } = result;
  const out = [options.marker];
  if (result.findings.length === 0) {
    out.push("### ssh-key-audit: all clear", "", `No findings: ${summaryLine(summary2)}.`, "");
  } else {
    const counts = [plural(summary2.errors, "error"), plural(summary2.warnings, "warning"), plural(summary2.notices, "notice")];
    out.push(`### ssh-key-audit: ${counts.join(", ")}`, "", `${summaryLine(summary2)}.`, "");
  }
  out.push(
    "A scheduled ssh-key-audit run keeps this issue up to date: it rewrites this text when the result changes (edits made here are lost), closes the issue when the audit is clean and reopens it when a finding comes back.",
    ""
  );
  if (result.findings.length > 0) {
    out.push("#### Findings", "", "| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
    const ordered = result.findings.map((finding, index) => ({ finding, index })).sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index).map(({ finding }) => findingRow(finding, options.isFile));
    const listed = addRows2(out, ordered, options.maxFindings ?? 200, FINDINGS_SHARE);
    const more = ordered.length - listed;
    if (more > 0) out.push("", `\u2026and ${plural(more, "more finding")}: every finding is in the JSON report and the SARIF of the run.`);
    out.push("");
  }
  if (result.keys.length > 0) {
    const current = result.keys.filter((key) => key.commit === void 0);
    const historical = result.keys.filter((key) => key.commit !== void 0);
    out.push(`#### Keys (${current.length}${historical.length > 0 ? `, and ${historical.length} only in git history` : ""})`, "");
    const groups = keyTally(current).map((group) => `| ${cell(group.type)} | ${group.bits ?? "\u2014"} | ${group.count} |`);
    if (groups.length > 0) {
      out.push("| Type | Bits | Keys |", "| --- | ---: | ---: |");
      const tallied = addRows2(out, groups, 30, ROWS_BUDGET);
      if (groups.length > tallied) out.push(`| \u2026and ${groups.length - tallied} more types and sizes | | |`);
      out.push("");
    }
    out.push("| Location | Type | Bits | Fingerprint |", "| --- | --- | ---: | --- |");
    const rows = [...current, ...historical].map((key) => keyRow(key, options.isFile));
    const listed = addRows2(out, rows, options.maxKeys ?? 300, ROWS_BUDGET);
    const more = rows.length - listed;
    if (more > 0) out.push("", `\u2026and ${plural(more, "more key")}: every key is in the JSON report of the run.`);
    out.push("");
  } else {
    out.push("No SSH keys found.", "");
  }
  const notes = [];
  if (result.history) {
    const { blobs, scanned, warning: warning2 } = result.history;
    notes.push(
      `Git history: read ${scanned} of the ${plural(blobs, "blob")} of history that are not in the current tree.${warning2 ? ` **Warning:** ${warning2}.` : ""}`
    );
  }
  if (summary2.skipped > 0) notes.push(`${plural(summary2.skipped, "file was", "files were")} skipped; the JSON report says why.`);
  notes.push(...policyNotes(summary2));
  for (const note of notes) out.push(note, "");
  if (options.runUrl) out.push(`<sub>Last changed by [this workflow run](${options.runUrl}).</sub>`);
  return out.join("\n").trimEnd() + "\n";
}
function renderClosingComment(result, runUrl2) {
  return [
    `All clear: ${summaryLine(result.summary)}. Closing this issue; ssh-key-audit reopens it when a finding comes back.`,
    runUrl2 ? `
[Workflow run](${runUrl2})` : ""
  ].join("\n").trimEnd();
}

// src/reporters/annotation-reporter.ts
var ANNOTATIONS_PER_LEVEL = 10;
function annotationSpecs(findings, isFile) {
  return mostUrgentFirst(findings).map((finding) => {
    const inFile = isFile(finding.path);
    return {
      severity: finding.severity,
      path: inFile ? finding.path : null,
      line: finding.line,
      title: finding.rule,
      message: inFile ? finding.message : `${finding.path}: ${finding.message}`
    };
  });
}
function selectPerLevel(specs, perLevel = ANNOTATIONS_PER_LEVEL) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const spec of specs) counts[spec.severity]++;
  const overflow = counts.error > perLevel || counts.warning > perLevel || counts.notice > perLevel;
  const room = { error: perLevel, warning: perLevel, notice: overflow ? perLevel - 1 : perLevel };
  const shown = [];
  const left = [];
  for (const spec of specs) (room[spec.severity]-- > 0 ? shown : left).push(spec);
  return { shown, hidden: left.length, hiddenBySeverity: countBySeverity(left) };
}

// src/action/check-run.ts
var ANNOTATIONS_PER_REQUEST = 50;
var LEVELS = { error: "failure", warning: "warning", notice: "notice" };
var MAX_SUMMARY = 65535;
function checkAnnotation(spec) {
  return {
    path: spec.path,
    start_line: spec.line,
    end_line: spec.line,
    annotation_level: LEVELS[spec.severity],
    title: spec.title,
    message: spec.message
  };
}
function runUrl(data) {
  return typeof data.html_url === "string" ? data.html_url : `check run ${String(data.id)}`;
}
async function publishCheckRun(api, content) {
  const batches = [];
  for (let start = 0; start < content.annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(content.annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(checkAnnotation));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations, summary2 = content.summary) => ({
    title: content.title,
    summary: summary2.slice(0, MAX_SUMMARY),
    annotations
  });
  const done = () => ({ status: "completed", conclusion: content.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  const created = await api.attempt(
    "creating the check run",
    (octokit) => octokit.rest.checks.create({
      ...api.repository,
      name: content.name,
      head_sha: content.headSha,
      ...batches.length === 1 ? done() : { status: "in_progress" },
      output: output(batches[0])
    })
  );
  if (!created.ok) return { ok: false, url: null, sent: 0, failure: created.failure };
  const id = created.value.data.id;
  if (typeof id !== "number") {
    return { ok: false, url: null, sent: 0, failure: { status: null, detail: "GitHub answered without a check run id", outage: false } };
  }
  const url = runUrl(created.value.data);
  let sent = batches[0].length;
  for (let index = 1; index < batches.length; index++) {
    const last = index === batches.length - 1;
    const updated = await api.attempt(
      "adding annotations to the check run",
      (octokit) => octokit.rest.checks.update({ ...api.repository, check_run_id: id, ...last ? done() : {}, output: output(batches[index]) })
    );
    if (!updated.ok) {
      const missing = content.annotations.length - sent;
      const note = `**${missing} of ${content.annotations.length} annotations are missing from this check run**: adding them failed (${updated.failure.detail}). Every finding is in the job summary, the SARIF and the JSON report.`;
      await api.attempt(
        "completing the check run",
        (octokit) => octokit.rest.checks.update({
          ...api.repository,
          check_run_id: id,
          ...done(),
          output: output([], `${note}

${content.summary}`)
        }),
        { always: true }
      );
      return { ok: false, url, sent, failure: updated.failure };
    }
    sent += batches[index].length;
  }
  return { ok: true, url, requests: batches.length };
}

// src/action/annotations.ts
function command(spec) {
  const properties = { title: spec.title };
  if (spec.path !== null) {
    properties.file = spec.path;
    properties.startLine = spec.line;
  }
  if (spec.severity === "error") error(spec.message, properties);
  else if (spec.severity === "warning") warning(spec.message, properties);
  else notice(spec.message, properties);
}
var LIMIT = `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error, ${ANNOTATIONS_PER_LEVEL} warning and ${ANNOTATIONS_PER_LEVEL} notice annotations per step`;
async function annotate(findings, context) {
  const specs = annotationSpecs(findings, context.isFile);
  if (selectPerLevel(specs).hidden === 0) {
    specs.forEach(command);
    return null;
  }
  let why;
  let note = null;
  const inFiles = specs.filter((spec) => spec.path !== null);
  if (context.api && context.sha) {
    const published = await publishCheckRun(context.api, {
      name: context.checkName,
      headSha: context.sha,
      title: context.checkTitle,
      summary: context.checkSummary,
      conclusion: context.conclusion,
      annotations: inFiles
    });
    if (published.ok) {
      const elsewhere = selectPerLevel(specs.filter((spec) => spec.path === null));
      elsewhere.shown.forEach(command);
      notice(
        `${LIMIT}, so all ${inFiles.length} findings in files are annotated in the check run "${context.checkName}": ${published.url}`
      );
      return null;
    }
    const { failure } = published;
    if (published.url !== null) {
      note = `The check run "${context.checkName}" (${published.url}) holds the first ${published.sent} of ${inFiles.length} annotations, most urgent first: adding the rest failed (${failure.detail}).`;
    }
    why = failure.outage ? "the GitHub API is unavailable" : failure.status === 403 ? `the check run that would hold them all was refused (${failure.detail}): a pull request from a fork gets a read-only token, and other runs need "permissions: checks: write"` : `the check run that would hold them all failed (${failure.detail})`;
  } else {
    why = context.apiMissing ?? "the commit is unknown";
  }
  const selection = selectPerLevel(specs);
  selection.shown.forEach(command);
  notice(
    `${selection.hidden} more findings are not annotated (${moreText(selection.hiddenBySeverity)}): ${LIMIT}, and ${why}. The most urgent are annotated; every finding is in the job summary, the SARIF and the JSON report.`
  );
  return note;
}

// src/action/guarded-log.ts
var log = {
  info: (message) => info(guardText(message)),
  warning: (message) => warning(guardText(message)),
  setFailed: (message) => setFailed(guardText(message))
};

// src/action/deploy-keys.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function permissionWarning(detail) {
  return `deploy-keys: cannot list the repository's deploy keys (${detail}). GITHUB_TOKEN cannot read deploy keys; a fine-grained token with the repository permission Administration: read can: pass it as github-token. The rest of the audit is complete.`;
}
function day(iso) {
  return iso.slice(0, 10);
}
function staleness(key, now, days) {
  if (key.read_only || key.enabled === false || key.last_used === void 0) return null;
  const since = key.last_used ?? key.created_at;
  const idle = Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
  if (!Number.isFinite(idle) || idle <= days) return null;
  const when = key.last_used ? `was last used on ${day(key.last_used)}` : `has never been used since it was added on ${day(key.created_at)}`;
  return `Deploy key "${key.title}" (id ${key.id}) can write to the repository and ${when}, ${idle} days ago (more than ${days}): delete it, or make it read-only if something still needs it.`;
}
async function auditDeployKeys(api, context, staleDays) {
  const listed = await api.attempt(
    "listing deploy keys",
    (octokit) => octokit.paginate(octokit.rest.repos.listDeployKeys, { ...api.repository, per_page: 100 })
  );
  if (!listed.ok) {
    const { failure } = listed;
    if (failure.outage) return null;
    if (failure.status === 403 || failure.status === 404) warning(permissionWarning(failure.detail));
    else warning(`deploy-keys: cannot list deploy keys (${failure.detail}); the rest of the audit is complete.`);
    return null;
  }
  const audit = { keys: [], findings: [], paths: [] };
  for (const key of listed.value) {
    const path = `deploy-key:${key.id}`;
    audit.paths.push(path);
    const inventory = inventoryBytes(Buffer.from(String(key.key ?? ""), "utf8"), { ...context, path }, "deploy-key");
    for (const record of inventory.keys) {
      audit.keys.push({
        ...record,
        source: "deploy-key",
        comment: key.title,
        deployKey: {
          id: key.id,
          title: key.title,
          readOnly: key.read_only,
          createdAt: key.created_at,
          lastUsed: key.last_used,
          ...key.enabled === void 0 ? {} : { enabled: key.enabled }
        }
      });
    }
    audit.findings.push(...inventory.findings);
    const stale = staleness(key, context.now, staleDays);
    if (stale) {
      audit.findings.push(makeFinding("stale-deploy-key", { path, line: 1, fingerprint: inventory.keys[0]?.fingerprint ?? null }, stale));
    }
  }
  info(`deploy-keys: audited ${audit.keys.length} deploy key(s)`);
  return audit;
}

// src/action/event.ts
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function repositoryFrom(value) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1], repo: match[2] } : null;
}
function field(object, ...path) {
  let current = object;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function readPullRequest(eventPath) {
  if (!eventPath) return "GITHUB_EVENT_PATH is not set";
  let payload;
  try {
    payload = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch (error2) {
    const code = error2.code;
    return code ? `cannot read ${eventPath} (${code})` : `${eventPath} is not valid JSON`;
  }
  const number = field(payload, "pull_request", "number");
  const headSha = field(payload, "pull_request", "head", "sha");
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1) return `${eventPath} has no pull_request.number`;
  if (typeof headSha !== "string" || !/^[0-9a-f]{40,64}$/.test(headSha)) return `${eventPath} has no pull_request.head.sha`;
  const head = field(payload, "pull_request", "head", "repo", "full_name");
  const base = field(payload, "pull_request", "base", "repo", "full_name");
  const changed = field(payload, "pull_request", "changed_files");
  const baseSha = field(payload, "pull_request", "base", "sha");
  return {
    number,
    headSha,
    // A deleted fork leaves head.repo null; it was a fork all the same.
    fromFork: typeof base === "string" && head !== base,
    changedFiles: typeof changed === "number" ? changed : null,
    baseSha: typeof baseSha === "string" && /^[0-9a-f]{40,64}$/.test(baseSha) ? baseSha : null
  };
}
function readEvent(env) {
  const name = env["GITHUB_EVENT_NAME"] ?? "";
  const event = {
    name,
    repository: repositoryFrom(env["GITHUB_REPOSITORY"]),
    sha: /^[0-9a-f]{40,64}$/.test(env["GITHUB_SHA"] ?? "") ? env["GITHUB_SHA"] : null,
    pullRequest: null,
    problem: null
  };
  if (!PULL_REQUEST_EVENTS.has(name)) return event;
  const pullRequest = readPullRequest(env["GITHUB_EVENT_PATH"]);
  if (typeof pullRequest === "string") event.problem = pullRequest;
  else {
    event.pullRequest = pullRequest;
    event.sha = pullRequest.headSha;
  }
  return event;
}

// src/action/github-api.ts
var REQUEST_TIMEOUT_MS = 3e4;
var MAX_RATE_LIMIT_WAIT_S = 60;
var RETRIES = 2;
function apiMessage(error2) {
  const data = error2.response?.data;
  const message = data && typeof data === "object" && "message" in data ? String(data.message) : error2.message;
  return (message ?? "no message").replace(/\s+/g, " ").slice(0, 300);
}
function rateLimit(error2) {
  const headers = error2.response?.headers ?? {};
  const message = apiMessage(error2);
  const limited = error2.status === 429 || error2.status === 403 && (String(headers["x-ratelimit-remaining"]) === "0" || /rate limit/i.test(message));
  if (!limited) return null;
  const reset = Number(headers["x-ratelimit-reset"]);
  const retryAfter = Number(headers["retry-after"]);
  const when = Number.isFinite(reset) && reset > 0 ? `, resets at ${new Date(reset * 1e3).toISOString()}` : "";
  const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? `, retry after ${retryAfter} s` : "";
  return `rate limit exceeded (HTTP ${error2.status}${when}${wait})`;
}
var NotJsonError = class extends Error {
  constructor(status, contentType) {
    super(`HTTP ${status} with ${contentType || "no content type"} instead of JSON`);
    this.status = status;
  }
  status;
};
function describeFailure(error2) {
  if (error2 instanceof NotJsonError) return { status: error2.status, detail: `not GitHub's answer (${error2.message})`, outage: true };
  const failure = error2 ?? {};
  const status = typeof failure.status === "number" && failure.status > 0 ? failure.status : null;
  const limited = rateLimit(failure);
  if (limited) return { status, detail: limited, outage: true };
  if (status === null || status >= 500 || !failure.response) {
    return {
      status,
      detail: status !== null && failure.response ? `HTTP ${status}: ${apiMessage(failure)}` : `no response: ${apiMessage(failure)}`,
      outage: true
    };
  }
  return { status, detail: `HTTP ${status}: ${apiMessage(failure)}`, outage: false };
}
var GitHubApi = class _GitHubApi {
  constructor(octokit, repository) {
    this.octokit = octokit;
    this.repository = repository;
  }
  octokit;
  repository;
  unavailable = false;
  author = null;
  /** The outage warning for `what` ("listing the pull request's files"); `then` is what the step does instead. */
  static outageText(what, failure, then = "") {
    return `GitHub API unavailable (${failure.detail}) while ${what}: skipping every further GitHub call of this step.${then ? ` ${then}` : ""} The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.`;
  }
  /**
   * Whether `user` is who this token writes as, so a hidden marker is trusted only in our own comments and
   * issues (anyone can paste a marker into a comment). A personal token knows its login (GET /user);
   * GITHUB_TOKEN and app tokens are refused that call (403), and write as a bot, which no person can be.
   */
  ownAuthor() {
    this.author ??= this.attempt("reading the token's user", (octokit) => octokit.rest.users.getAuthenticated()).then((answer) => {
      const login = answer.ok && typeof answer.value.data.login === "string" ? answer.value.data.login : null;
      return (user) => login ? user?.login === login : user?.type === "Bot";
    });
    return this.author;
  }
  /** Runs one call (or one paginated series). `what` names it in the outage warning: "listing the pull request's files". */
  async attempt(what, call, options = {}) {
    if (this.unavailable && !options.always) {
      return { ok: false, failure: { status: null, detail: "skipped after an earlier outage", outage: true, skipped: true } };
    }
    try {
      return { ok: true, value: await call(this.octokit) };
    } catch (error2) {
      const failure = describeFailure(error2);
      if (failure.outage) {
        if (!this.unavailable && !options.quiet) warning(_GitHubApi.outageText(what, failure));
        this.unavailable = true;
      }
      return { ok: false, failure };
    }
  }
};
function attemptGuard(octokit) {
  octokit.hook.wrap("request", async (request, options) => {
    const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    const response = await request({ ...options, request: { ...options.request, signal } });
    const contentType = String(response.headers["content-type"] ?? "");
    if (response.status !== 204 && !/\bjson\b/i.test(contentType)) throw new NotJsonError(response.status, contentType);
    return response;
  });
}
function shortWait(retryAfter, _options, _octokit, retryCount) {
  return retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
}
async function connect(token, repository) {
  const eventPath = process.env["GITHUB_EVENT_PATH"];
  delete process.env["GITHUB_EVENT_PATH"];
  try {
    const { getOctokit } = await import("./chunks/github-4WRZ4PRR.js");
    const { retry } = await import("./chunks/dist-bundle-BI2YQMUT.js");
    const { throttling } = await import("./chunks/dist-bundle-IIB2DM4J.js");
    const octokit = getOctokit(
      token,
      {
        // Rate limits (403 and 429) are plugin-throttling's; plugin-retry takes 5xx and dropped connections.
        retry: { retries: RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: { onRateLimit: shortWait, onSecondaryRateLimit: shortWait }
      },
      attemptGuard,
      retry,
      throttling
    );
    return new GitHubApi(octokit, repository);
  } finally {
    if (eventPath !== void 0) process.env["GITHUB_EVENT_PATH"] = eventPath;
  }
}

// src/action/history.ts
function actionHistory(options) {
  try {
    return historyForScan(options);
  } catch (error2) {
    if (error2 instanceof UsageError) {
      throw new UsageError(
        `${error2.message.replace(/^--history/, "input history")} (check out the repository with actions/checkout, fetch-depth: 0)`
      );
    }
    throw error2;
  }
}

// src/action/inputs.ts
import { tmpdir } from "node:os";
import { join, resolve as resolve2 } from "node:path";

// src/action/pr-filter.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve } from "node:path";
var PR_FILTERS = ["added", "file", "all"];
var MAX_LISTED_FILES = 3e3;
var MAX_BLOCK_LINES = 400;
function addedLines(patch) {
  const added = /* @__PURE__ */ new Set();
  let next = null;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) next = Number(hunk[1]);
    else if (next === null || line.startsWith("\\")) continue;
    else if (line.startsWith("+")) added.add(next++);
    else if (!line.startsWith("-")) next++;
  }
  return added;
}
async function pullRequestChanges(api, pullRequest) {
  const listed = await api.attempt(
    "listing the pull request's files",
    (octokit) => octokit.paginate(octokit.rest.pulls.listFiles, { ...api.repository, pull_number: pullRequest.number, per_page: 100 }),
    { quiet: true }
  );
  if (!listed.ok) {
    const hint = listed.failure.status === 403 || listed.failure.status === 404 ? " (the token needs pull-requests: read)" : "";
    return {
      problem: `cannot list the files of pull request #${pullRequest.number} (${listed.failure.detail})${hint}`,
      outage: listed.failure.outage ? listed.failure : null
    };
  }
  const files = listed.value;
  if (pullRequest.changedFiles !== null && files.length < pullRequest.changedFiles) {
    return {
      problem: `pull request #${pullRequest.number} changes ${pullRequest.changedFiles} files and GitHub lists only ${files.length} (at most ${MAX_LISTED_FILES})`,
      outage: null
    };
  }
  const changes = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.status === "removed") continue;
    if (typeof file.patch === "string") changes.set(file.filename, addedLines(file.patch));
    else changes.set(file.filename, file.changes === 0 ? /* @__PURE__ */ new Set() : null);
  }
  return { changes };
}
function findingLines(lines, line) {
  const first = lines[line - 1] ?? "";
  let end = null;
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(first) && !/-----END [A-Z0-9 ]+-----/.test(first)) end = /-----END [A-Z0-9 ]+-----/;
  else if (/---- BEGIN SSH2 /.test(first)) end = /---- END SSH2 /;
  else if (/^PuTTY-User-Key-File-/.test(first)) end = /^Private-MAC:/;
  if (!end) return [line, line];
  for (let index = line; index < Math.min(lines.length, line + MAX_BLOCK_LINES); index++) {
    if (end.test(lines[index])) return [line, index + 1];
  }
  return [line, line];
}
function filterFindings(findings, changes, mode, root, isFile) {
  if (mode === "all") return [...findings];
  const fileLines = /* @__PURE__ */ new Map();
  const linesOf = (path) => {
    let lines = fileLines.get(path);
    if (!lines) {
      try {
        lines = readFileSync2(resolve(root, path), "latin1").split(/\r?\n/);
      } catch {
        lines = [];
      }
      fileLines.set(path, lines);
    }
    return lines;
  };
  return findings.filter((finding) => {
    if (!isFile(finding.path)) return true;
    if (!changes.has(finding.path)) return false;
    const added = changes.get(finding.path);
    if (mode === "file" || added === null || added === void 0) return true;
    if (added.has(finding.line)) return true;
    const [from, to] = findingLines(linesOf(finding.path), finding.line);
    for (let line = from + 1; line <= to; line++) if (added.has(line)) return true;
    return false;
  });
}

// src/action/secrets.ts
var MIN_MASKED_LINE = 8;
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function secretNames(input) {
  return input.split(/[\n,]/).map((name) => name.trim()).filter((name) => name !== "");
}
function maskSecrets(input, env) {
  for (const name of secretNames(input)) {
    const value = NAME.test(name) ? env[name] : void 0;
    if (!value) continue;
    setSecret(value);
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= MIN_MASKED_LINE && trimmed !== value) setSecret(trimmed);
    }
  }
}
function validateSecretNames(names) {
  for (const name of names) {
    if (!NAME.test(name)) {
      throw new UsageError(`input secret-env must list environment variable names (letters, digits and _), got ${JSON.stringify(name)}`);
    }
  }
}
function scrub(record) {
  const clean = { ...record, source: "secret", comment: null };
  delete clean.options;
  if (clean.certificate) clean.certificate = { ...clean.certificate, keyId: "[redacted]", principals: [] };
  return clean;
}
function auditSecrets(names, env, context) {
  const audit = { keys: [], findings: [], paths: [] };
  for (const name of names) {
    const value = env[name];
    const path = `secret:${name}`;
    if (!value) {
      warning(
        `secret-env: ${name} is empty or not set, so it was not audited. Map the secret into this step's env: (env: ${name}: \${{ secrets.${name} }}); workflows triggered by a pull request from a fork get no secrets.`
      );
      continue;
    }
    const inventory = inventoryBytes(Buffer.from(value, "utf8"), { ...context, path }, "secret");
    if (inventory.keys.length === 0 && inventory.findings.length === 0) {
      warning(`secret-env: ${name} holds no SSH key that ssh-key-audit can read, so there was nothing to audit.`);
      continue;
    }
    const lines = [...new Set(inventory.keys.map((key) => key.line))].sort((a, b) => a - b);
    const nameAt = (line) => lines.length > 1 && lines.includes(line) ? `${path}[${lines.indexOf(line) + 1}]` : path;
    audit.paths.push(.../* @__PURE__ */ new Set([path, ...lines.map(nameAt)]));
    audit.keys.push(...inventory.keys.map((key) => ({ ...scrub(key), path: nameAt(key.line) })));
    const keyIds = inventory.keys.flatMap((key) => key.certificate ? [key.certificate.keyId] : []);
    for (const finding of inventory.findings) {
      if (finding.rule === "private-key") continue;
      let message = finding.message;
      for (const keyId of keyIds) if (keyId !== "") message = message.split(`"${keyId}"`).join('"[redacted]"');
      audit.findings.push({ ...finding, path: nameAt(finding.line), message });
    }
  }
  return audit;
}

// src/action/inputs.ts
var DEFAULT_CATEGORY = "ssh-key-audit";
var DEFAULT_STALE_DEPLOY_KEY_DAYS = 90;
var DEFAULT_TRACKING_ISSUE_LABEL = "ssh-key-audit";
function list(name) {
  return getInput(name).split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function flag(name, fallback) {
  const value = getInput(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "1"].includes(value)) return true;
  if (["false", "no", "0"].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false, got ${quoteValue(value)}`);
}
function text(name, fallback) {
  const value = getInput(name).trim();
  return value === "" ? fallback : value;
}
function choice(name, values, fallback) {
  const value = text(name, fallback).toLowerCase();
  if (!values.includes(value)) {
    throw new UsageError(`input ${name} must be one of ${values.join(", ")}, got ${quoteValue(getInput(name).trim())}`);
  }
  return value;
}
function category() {
  const value = text("category", DEFAULT_CATEGORY);
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(value)) {
    throw new UsageError(`input category must be 1 to 100 letters, digits, '.', '_', '/' or '-', got ${quoteValue(value)}`);
  }
  return value;
}
function label() {
  const value = text("tracking-issue-label", DEFAULT_TRACKING_ISSUE_LABEL);
  if (value.includes(","))
    throw new UsageError(`input tracking-issue-label must be one label name without a comma, got ${quoteValue(value)}`);
  return value;
}
function policyOverrides() {
  const overrides = {};
  const given = (name) => text(name, "") || null;
  if (list("include").length > 0) overrides.include = list("include");
  if (list("exclude").length > 0) overrides.exclude = list("exclude");
  if (list("blocklist").length > 0) overrides.blocklists = list("blocklist");
  const failOn = given("fail-on");
  if (failOn) overrides.failOn = parseFailOn("input fail-on", failOn);
  const minRsaBits = given("min-rsa-bits");
  if (minRsaBits) overrides.minRsaBits = parseCount("input min-rsa-bits", minRsaBits, 512, 16384);
  const maxFileSize = given("max-file-size");
  if (maxFileSize) overrides.maxFileSize = parseCount("input max-file-size", maxFileSize, 1, Number.MAX_SAFE_INTEGER);
  const staleDays = given("stale-deploy-key-days");
  if (staleDays) overrides.staleDeployKeyDays = parseCount("input stale-deploy-key-days", staleDays, 1, 36500);
  const baseline = given("baseline");
  if (baseline) overrides.baseline = baseline;
  return overrides;
}
function defaultReportPath(categoryName, extension, env = process.env) {
  const base = categoryName === DEFAULT_CATEGORY ? "ssh-key-audit" : `ssh-key-audit-${categoryName.replace(/[/]/g, "-")}`;
  return join(env["RUNNER_TEMP"] || tmpdir(), `${base}.${extension}`);
}
function checkName(categoryName) {
  const fallback = categoryName === DEFAULT_CATEGORY ? "ssh-key-audit" : `ssh-key-audit (${categoryName})`;
  const value = text("check-name", fallback);
  if (value.length > 100 || /[\r\n]/.test(value)) throw new UsageError(`input check-name must be one line of at most 100 characters`);
  return value;
}
function readSettings(workspace) {
  const options = resolveOptions({
    root: workspace,
    paths: list("path"),
    config: text("config", "") || null,
    overrides: policyOverrides()
  });
  const secretEnv = secretNames(getInput("secret-env"));
  validateSecretNames(secretEnv);
  const categoryName = category();
  return {
    options,
    sarifFile: resolve2(workspace, text("sarif-file", "") || defaultReportPath(categoryName, "sarif")),
    reportFile: resolve2(workspace, text("report-file", "") || defaultReportPath(categoryName, "json")),
    annotations: flag("annotations", true),
    summary: flag("summary", true),
    category: categoryName,
    checkName: checkName(categoryName),
    prFilter: choice("pr-filter", PR_FILTERS, "added"),
    prComment: flag("pr-comment", false),
    secretEnv,
    deployKeys: flag("deploy-keys", false),
    staleDeployKeyDays: options.staleDeployKeyDays ?? DEFAULT_STALE_DEPLOY_KEY_DAYS,
    history: flag("history", false),
    trackingIssue: flag("tracking-issue", false),
    trackingIssueLabel: label(),
    token: getInput("github-token"),
    config: options.policyFile === null ? null : resolve2(workspace, options.policyFile)
  };
}

// src/action/pr-git.ts
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { relative, sep } from "node:path";
var FETCH_TIMEOUT_MS = 6e4;
function runGit(cwd, args, timeout = 3e4) {
  return new Promise((resolve3) => {
    const child = spawn("git", ["--no-pager", ...args], {
      cwd,
      timeout,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error2) => resolve3({ status: null, stdout: Buffer.alloc(0), stderr: error2.message }));
    child.on("close", (status) => resolve3({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
  });
}
var firstLine = (text2) => text2.trim().split("\n")[0] ?? "";
async function hasCommit(cwd, ref) {
  return (await runGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).status === 0;
}
function underRoot(changes, repo, root) {
  let prefix;
  try {
    prefix = relative(realpathSync(repo), realpathSync(root)).split(sep).join("/");
  } catch {
    prefix = "";
  }
  if (prefix === "") return changes;
  const mapped = /* @__PURE__ */ new Map();
  for (const [path, lines] of changes) if (path.startsWith(`${prefix}/`)) mapped.set(path.slice(prefix.length + 1), lines);
  return mapped;
}
async function pullRequestChangesFromGit(root, baseSha, mergeSha) {
  const found = await findChanges(root, baseSha, mergeSha);
  return "changes" in found ? { changes: underRoot(found.changes, found.repo, root), how: found.how } : found;
}
async function findChanges(root, baseSha, mergeSha) {
  const top = await runGit(root, ["rev-parse", "--show-toplevel"]);
  if (top.status !== 0) return { problem: `the workspace is not a git repository (${firstLine(top.stderr)})` };
  const repo = top.stdout.toString("utf8").trim();
  try {
    const head = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.toString("utf8").trim();
    const isMerge = await hasCommit(repo, "HEAD^2") && await hasCommit(repo, "HEAD^1");
    if (isMerge && (mergeSha === null || head === mergeSha)) {
      return { changes: await addedLinesSince(repo, "HEAD^1"), how: "git diff HEAD^1 HEAD", repo };
    }
  } catch (error2) {
    return { problem: `git diff HEAD^1 HEAD failed: ${error2.message}` };
  }
  if (!baseSha) return { problem: "HEAD has no parent in this checkout and the event names no base commit" };
  let fetched = "";
  if (!await hasCommit(repo, baseSha)) {
    const fetch = await runGit(repo, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", baseSha], FETCH_TIMEOUT_MS);
    if (fetch.status !== 0 || !await hasCommit(repo, baseSha)) {
      return { problem: `git fetch --depth=1 origin ${baseSha} failed: ${firstLine(fetch.stderr) || `exit ${fetch.status}`}` };
    }
    fetched = `git fetch --depth=1 origin ${baseSha.slice(0, 12)}, `;
  }
  try {
    return { changes: await addedLinesSince(repo, baseSha), how: `${fetched}git diff ${baseSha.slice(0, 12)}...HEAD`, repo };
  } catch {
  }
  const diff = await runGit(repo, ["-c", "core.quotePath=true", ...ADDED_LINES_DIFF, baseSha, "HEAD", "--"]);
  if (diff.status !== 0) return { problem: `git diff ${baseSha.slice(0, 12)} HEAD failed: ${firstLine(diff.stderr)}` };
  return { changes: parseZeroContextDiff(diff.stdout), how: `${fetched}git diff ${baseSha.slice(0, 12)} HEAD`, repo };
}

// src/action/pr-comment.ts
function refusal(detail, status, fromFork) {
  const why = status === 403 && fromFork ? "a pull request from a fork gets a read-only GITHUB_TOKEN" : status === 403 || status === 404 ? 'the job needs "permissions: pull-requests: write"' : "GitHub refused it";
  return `pr-comment: cannot update the pull request comment (${detail}): ${why}. The findings are in the job summary.`;
}
async function upsertComment(api, pullNumber, marker, body, clean, fromFork) {
  const listed = await api.attempt(
    "listing pull request comments",
    (octokit) => octokit.paginate(octokit.rest.issues.listComments, { ...api.repository, issue_number: pullNumber, per_page: 100 })
  );
  if (!listed.ok) {
    if (!listed.failure.outage) warning(refusal(listed.failure.detail, listed.failure.status, fromFork));
    return;
  }
  const own = await api.ownAuthor();
  const ours = listed.value.filter((comment) => comment.body?.includes(marker) && own(comment.user));
  const [kept, ...extra] = ours;
  let written;
  if (kept) {
    written = kept.body === body ? { ok: true, value: null } : await api.attempt(
      "updating the pull request comment",
      (octokit) => octokit.rest.issues.updateComment({ ...api.repository, comment_id: kept.id, body })
    );
  } else if (!clean) {
    written = await api.attempt(
      "commenting on the pull request",
      (octokit) => octokit.rest.issues.createComment({ ...api.repository, issue_number: pullNumber, body })
    );
  } else {
    return;
  }
  if (!written.ok) {
    if (!written.failure.outage) warning(refusal(written.failure.detail, written.failure.status, fromFork));
    return;
  }
  for (const comment of extra) {
    const removed = await api.attempt(
      "deleting a duplicate pull request comment",
      (octokit) => octokit.rest.issues.deleteComment({ ...api.repository, comment_id: comment.id })
    );
    if (!removed.ok) {
      if (!removed.failure.outage) warning(refusal(removed.failure.detail, removed.failure.status, fromFork));
      return;
    }
  }
}

// src/action/tracking-issue.ts
function refusal2(what, failure) {
  const why = failure.status === 403 || failure.status === 404 ? 'the job needs "permissions: issues: write"' : failure.status === 410 ? "issues are disabled in this repository" : "GitHub refused it";
  return `tracking-issue: cannot ${what} (${failure.detail}): ${why}. The findings are in the job summary, the SARIF and the JSON report.`;
}
function labelled(issue2, label2) {
  return (issue2.labels ?? []).some((item) => (typeof item === "string" ? item : item.name) === label2);
}
async function syncTrackingIssue(api, content) {
  const failed = (what, failure) => {
    if (!failure.outage) warning(refusal2(what, failure));
    return "failed";
  };
  const listed = await api.attempt(
    "listing the tracking issue",
    (octokit) => octokit.paginate(octokit.rest.issues.listForRepo, { ...api.repository, labels: content.label, state: "all", per_page: 100 })
  );
  if (!listed.ok) return failed(`list the issues labelled ${content.label}`, listed.failure);
  const own = await api.ownAuthor();
  const ours = listed.value.filter((issue2) => !issue2.pull_request && issue2.body?.includes(content.marker) && own(issue2.user));
  const open2 = ours.filter((issue2) => issue2.state === "open").sort((a, b) => a.number - b.number);
  const closed = ours.filter((issue2) => issue2.state !== "open").sort((a, b) => b.number - a.number);
  const kept = open2[0] ?? closed[0];
  let action;
  if (!kept) {
    if (content.clean) {
      info("tracking-issue: the audit is clean and there is no tracking issue; none is opened.");
      return "none";
    }
    const created = await api.attempt(
      "creating the tracking issue",
      (octokit) => octokit.rest.issues.create({ ...api.repository, title: content.title, body: content.body, labels: [content.label] })
    );
    if (!created.ok) return failed("create the tracking issue", created.failure);
    const issue2 = created.value.data;
    info(`tracking-issue: opened #${issue2.number}${issue2.html_url ? ` ${issue2.html_url}` : ""}`);
    if (!labelled(issue2, content.label)) {
      warning(
        `tracking-issue: GitHub opened #${issue2.number} without the label ${content.label}, so the next run cannot find it and would open another. Add the label to #${issue2.number} by hand, or give the token push access.`
      );
    }
    action = "created";
  } else if (kept.state === "open" && content.clean) {
    const commented = await api.attempt(
      "commenting on the tracking issue",
      (octokit) => octokit.rest.issues.createComment({ ...api.repository, issue_number: kept.number, body: content.closingComment })
    );
    if (!commented.ok) return failed(`comment on tracking issue #${kept.number}`, commented.failure);
    const closing = await api.attempt(
      "closing the tracking issue",
      (octokit) => octokit.rest.issues.update({
        ...api.repository,
        issue_number: kept.number,
        state: "closed",
        state_reason: "completed",
        body: content.body
      })
    );
    if (!closing.ok) return failed(`close tracking issue #${kept.number}`, closing.failure);
    info(`tracking-issue: the audit is clean; closed #${kept.number}.`);
    action = "closed";
  } else if (kept.state === "open") {
    if (trackingContent(kept.body ?? "") === trackingContent(content.body)) {
      info(`tracking-issue: #${kept.number} is up to date.`);
      action = "unchanged";
    } else {
      const updated = await api.attempt(
        "updating the tracking issue",
        (octokit) => octokit.rest.issues.update({ ...api.repository, issue_number: kept.number, body: content.body })
      );
      if (!updated.ok) return failed(`update tracking issue #${kept.number}`, updated.failure);
      info(`tracking-issue: updated #${kept.number}.`);
      action = "updated";
    }
  } else if (content.clean) {
    info(`tracking-issue: the audit is clean and #${kept.number} is closed.`);
    action = "none";
  } else {
    const reopened = await api.attempt(
      "reopening the tracking issue",
      (octokit) => octokit.rest.issues.update({
        ...api.repository,
        issue_number: kept.number,
        state: "open",
        state_reason: "reopened",
        body: content.body
      })
    );
    if (!reopened.ok) return failed(`reopen tracking issue #${kept.number}`, reopened.failure);
    info(`tracking-issue: findings are back; reopened #${kept.number}.`);
    action = "reopened";
  }
  for (const extra of open2.slice(1)) {
    const marked = await api.attempt(
      "closing a duplicate tracking issue",
      (octokit) => octokit.rest.issues.update({ ...api.repository, issue_number: extra.number, state: "closed", state_reason: "duplicate" })
    );
    if (!marked.ok) return failed(`close duplicate tracking issue #${extra.number}`, marked.failure);
    info(`tracking-issue: closed #${extra.number}, a duplicate of #${open2[0].number}.`);
  }
  return action;
}

// src/action/main.ts
function sourceLinks(env) {
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  if (!server || !repository || !sha || !/^[0-9a-f]{40,64}$/.test(sha) || !/^[^/\s]+\/[^/\s]+$/.test(repository)) return null;
  return { server: trimTrailing(server, "/"), repository, sha };
}
function writeReport(input, path, content) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, guardText(content));
  } catch (error2) {
    throw new UsageError(`cannot write ${input} ${path}: ${writeErrorReason(error2)}`);
  }
}
function withFindings(result, findings) {
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
  return {
    ...result,
    findings,
    summary: { ...result.summary, errors: count("error"), warnings: count("warning"), notices: count("notice") }
  };
}
function historyShown(result) {
  const historical = /* @__PURE__ */ new Set();
  const findings = result.findings.map((finding) => {
    if (!finding.commit) return finding;
    const path = `${finding.path}@${finding.commit.slice(0, 12)}`;
    historical.add(path);
    return { ...finding, path };
  });
  return { shown: { ...result, findings }, historical };
}
async function run() {
  const before = withheldTotal();
  try {
    await runGuarded();
  } finally {
    const withheld = withheldTotal() - before;
    if (withheld > 0) log.warning(`ssh-key-audit: ${withheldWarning(withheld)}`);
  }
}
async function runGuarded() {
  try {
    maskSecrets(getInput("secret-env"), process.env);
    const workspace = process.env["GITHUB_WORKSPACE"] || process.cwd();
    const settings = readSettings(workspace);
    const { options } = settings;
    const event = readEvent(process.env);
    const checkContext = {
      minRsaBits: options.minRsaBits,
      now: options.now,
      memo: /* @__PURE__ */ new Map(),
      blocklist: loadBlocklists(options.blocklists, options.root)
    };
    const secrets = auditSecrets(settings.secretEnv, process.env, checkContext);
    const pullRequest = event.pullRequest;
    if (event.name === "pull_request_target") {
      log.warning(
        "pull_request_target runs check out the base branch unless the workflow checks out the pull request head: the scan then audits the base, not what the pull request adds. Use the pull_request event (it also works for forks, with a read-only token)."
      );
    }
    if (event.problem) log.warning(`cannot read the ${event.name} event (${event.problem}): every finding is reported, as on push.`);
    const wanted = [
      settings.deployKeys ? "deploy-keys" : "",
      pullRequest && settings.prComment ? "pr-comment" : "",
      !pullRequest && !event.problem && settings.trackingIssue ? "tracking-issue" : ""
    ].filter(Boolean);
    let api = null;
    let apiMissing = null;
    if (!settings.token.trim()) apiMissing = "no github-token is set";
    else if (!event.repository) apiMissing = "GITHUB_REPOSITORY is not set";
    else api = await connect(settings.token.trim(), event.repository);
    if (!api && wanted.length > 0) {
      log.warning(
        `${apiMissing}, so ${wanted.join(", ")} cannot use the GitHub API and ${wanted.length === 1 ? "is" : "are"} skipped; every finding of the scan is reported.`
      );
    }
    const deployKeys = settings.deployKeys && api ? await auditDeployKeys(api, checkContext, settings.staleDeployKeyDays) : null;
    const virtual = /* @__PURE__ */ new Set([...secrets.paths, ...deployKeys?.paths ?? []]);
    const isFile = (path) => !virtual.has(path);
    const full = await scan(
      options,
      {},
      {
        keys: [...secrets.keys, ...deployKeys?.keys ?? []],
        findings: [...secrets.findings, ...deployKeys?.findings ?? []],
        ...settings.history ? { history: actionHistory(options) } : {}
      }
    );
    if (full.history?.warning) log.warning(`history: ${full.history.warning}`);
    let reported = full;
    let scope = null;
    let filterProblem = null;
    let changes = null;
    if (pullRequest && settings.prFilter !== "all") {
      const fromApi = api ? await pullRequestChanges(api, pullRequest) : { problem: apiMissing ?? "no GitHub API", outage: null };
      let source;
      if ("changes" in fromApi) changes = fromApi.changes;
      else {
        const mergeSha = /^[0-9a-f]{40,64}$/.test(process.env["GITHUB_SHA"] ?? "") ? process.env["GITHUB_SHA"] : null;
        const fromGit = await pullRequestChangesFromGit(options.root, pullRequest.baseSha, mergeSha);
        const instead = "changes" in fromGit ? `the lines the pull request adds come from git in the checkout (${fromGit.how})` : `git in the checkout cannot tell either (${fromGit.problem}), so every finding is reported and counts`;
        if ("changes" in fromGit) {
          changes = fromGit.changes;
          source = fromGit.how;
        } else {
          filterProblem = `${fromApi.problem}; ${fromGit.problem}`;
        }
        log.warning(
          fromApi.outage?.skipped ? `pr-filter: the GitHub API is unavailable (see above); ${instead}.` : fromApi.outage ? GitHubApi.outageText("listing the pull request's files", fromApi.outage, `pr-filter: ${instead}.`) : `pr-filter: ${fromApi.problem}; ${instead}.`
        );
      }
      if (changes) {
        const treeFindings = full.findings.filter((finding) => !finding.commit);
        const kept = new Set(filterFindings(treeFindings, changes, settings.prFilter, options.root, isFile));
        reported = withFindings(
          full,
          full.findings.filter((finding) => finding.commit || kept.has(finding))
        );
        scope = {
          number: pullRequest.number,
          filter: settings.prFilter,
          hidden: full.findings.length - reported.findings.length,
          ...source ? { source } : {}
        };
      }
    }
    const sarif = renderSarifWithinLimits(full, { category: settings.category });
    writeReport("sarif-file", settings.sarifFile, sarif.text);
    if (sarif.dropped) log.warning(`sarif-file: ${sarif.dropped}`);
    writeReport("report-file", settings.reportFile, renderJson(reported));
    const failing = failingFindings(reported.findings, options.failOn);
    const verdict = { failOn: options.failOn, failing };
    const conclusion = failing.length > 0 ? "failure" : reported.findings.length > 0 ? "neutral" : "success";
    const name = settings.checkName;
    const env = process.env;
    const runUrl2 = env["GITHUB_SERVER_URL"] && env["GITHUB_REPOSITORY"] && env["GITHUB_RUN_ID"] ? `${env["GITHUB_SERVER_URL"]}/${env["GITHUB_REPOSITORY"]}/actions/runs/${env["GITHUB_RUN_ID"]}` : null;
    const links = sourceLinks(env);
    const { shown, historical } = historyShown(reported);
    const inTree = (path) => isFile(path) && !historical.has(path);
    const notes = [];
    if (settings.annotations) {
      const guarded = shown.findings.map((finding) => ({ ...finding, path: guardText(finding.path), message: guardText(finding.message) }));
      const note = await annotate(guarded, {
        api,
        sha: event.sha,
        checkName: name,
        checkTitle: `${name}: ${summaryLine(reported.summary)}`,
        checkSummary: [
          `${verdictLine(verdict, reported.findings, "ssh-key-audit")}.`,
          `${summaryLine(reported.summary)}.`,
          scope ? scopeLine(scope) : "",
          `Every finding is listed in the job summary${runUrl2 ? ` of [the workflow run](${runUrl2})` : ""}.`
        ].filter(Boolean).join("\n\n"),
        conclusion,
        isFile: inTree,
        apiMissing
      });
      if (note) notes.push(note);
    }
    if (settings.prComment && pullRequest && api) {
      const marker = commentMarker(settings.category);
      const keys = changes ? filterFindings(
        full.keys.filter((key) => !key.commit && isFile(key.path)),
        changes,
        settings.prFilter,
        options.root,
        isFile
      ) : full.keys;
      const body = guardText(renderComment(reported, { marker, scope, filterProblem, isFile, runUrl: runUrl2, verdict, links, keys }));
      await upsertComment(api, pullRequest.number, marker, body, reported.findings.length === 0, pullRequest.fromFork);
    } else if (settings.prComment && !pullRequest && !event.problem) {
      log.info(`pr-comment: a ${event.name || "local"} run has no pull request to comment on.`);
    }
    if (settings.trackingIssue && !pullRequest && !event.problem && api) {
      const marker = trackingIssueMarker(settings.category);
      await syncTrackingIssue(api, {
        marker,
        label: settings.trackingIssueLabel,
        title: `${name}: SSH keys and findings`,
        body: guardText(renderTrackingIssue(full, { marker, isFile, runUrl: runUrl2 })),
        clean: full.findings.length === 0,
        closingComment: guardText(renderClosingComment(full, runUrl2))
      });
    } else if (settings.trackingIssue && (pullRequest || event.problem)) {
      log.info(`tracking-issue: a ${event.name} run does not update the tracking issue; it follows scheduled and push runs.`);
    }
    if (sarif.dropped) notes.push(`The SARIF report is cut to code scanning's limits: ${sarif.dropped}`);
    if (settings.summary && process.env["GITHUB_STEP_SUMMARY"]) {
      const text2 = guardText(renderSummary(reported, { isFile, pullRequest: scope, filterProblem, verdict, links, notes }));
      try {
        await summary.addRaw(text2).write();
      } catch (error2) {
        log.warning(
          `summary: cannot write the job summary (${error2.code ?? error2.message}); the findings are in this log, the SARIF and the JSON report.`
        );
      }
    }
    const { summary: summary2 } = reported;
    setOutput("findings", reported.findings.length);
    setOutput("errors", summary2.errors);
    setOutput("warnings", summary2.warnings);
    setOutput("notices", summary2.notices);
    setOutput("keys", summary2.keys);
    setOutput("sarif-file", settings.sarifFile);
    setOutput("report", settings.reportFile);
    log.info(`ssh-key-audit: ${summaryLine(summary2)}${scope ? ` (${scopeLine(scope)})` : ""}`);
    if (failing.length > 0) {
      log.setFailed(`ssh-key-audit: ${failing.length} finding(s) at or above fail-on ${options.failOn}`);
    }
  } catch (error2) {
    if (error2 instanceof UsageError) log.setFailed(`ssh-key-audit: ${error2.message}`);
    else log.setFailed(`ssh-key-audit: internal error: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`);
  }
}

// src/action/index.ts
if (isMainThread) await run();
