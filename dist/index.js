#!/usr/bin/env node
import { createRequire as __sshKeyAuditRequire } from 'node:module';
const require = __sshKeyAuditRequire(import.meta.url);
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-QAE34XW4.js";
import {
  renderJson
} from "./chunks/chunk-5BO6A6SG.js";
import {
  scan
} from "./chunks/chunk-QVNTJU6F.js";
import "./chunks/chunk-RNDL2CMU.js";
import "./chunks/chunk-5QJXU7N2.js";
import {
  failingFindings
} from "./chunks/chunk-XHRSM2NH.js";
import {
  historyForScan
} from "./chunks/chunk-LS65LF4Q.js";
import {
  resolveOptions
} from "./chunks/chunk-ZZ7VBLX4.js";
import "./chunks/chunk-66HFAMML.js";
import "./chunks/chunk-6VK4DKLJ.js";
import {
  inventoryBytes,
  loadBlocklists
} from "./chunks/chunk-TRLE6MTC.js";
import "./chunks/chunk-KVEOVWMA.js";
import "./chunks/chunk-BXCBUL4N.js";
import {
  parseCount,
  parseFailOn
} from "./chunks/chunk-J5KGRYAI.js";
import {
  UsageError
} from "./chunks/chunk-HM3DAAP7.js";
import {
  cell
} from "./chunks/chunk-C67JGZIX.js";
import {
  keyTally,
  plural,
  policyNotes,
  summaryLine
} from "./chunks/chunk-SJ7L7DRX.js";
import {
  renderSarif
} from "./chunks/chunk-R5JJ5FOO.js";
import "./chunks/chunk-OCWKS3J7.js";
import {
  ruleById
} from "./chunks/chunk-GTLX77JM.js";
import {
  RULES_DOC_URL
} from "./chunks/chunk-J6X5OJSP.js";
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

// src/reporters/summary-reporter.ts
var BUDGET = 512 * 1024;
function locationText(finding, isFile) {
  const where = isFile(finding.path) ? `${finding.path}:${finding.line}` : finding.path;
  return `\`${where.replace(/[\r\n]+/g, " ").replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}
function findingRow(finding, isFile) {
  const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
  return `| ${finding.severity} | ${rule} | ${locationText(finding, isFile)} | ${cell(finding.message)} |`;
}
function scopeLine(scope) {
  const where = scope.filter === "added" ? "on lines this pull request adds" : "in files this pull request changes";
  const hidden = scope.hidden > 0 ? ` ${plural(scope.hidden, "finding")} elsewhere in the repository ${scope.hidden === 1 ? "is" : "are"} left out here (\`pr-filter: ${scope.filter}\`); the SARIF report has every finding.` : "";
  return `Pull request #${scope.number}: findings ${where}.${hidden}`;
}
function renderSummary(result, options = {}) {
  const isFile = options.isFile ?? (() => true);
  const max = options.maxFindings ?? 100;
  const { summary: summary2 } = result;
  const out = ["## ssh-key-audit", ""];
  if (options.pullRequest) out.push(`> ${scopeLine(options.pullRequest)}`, "");
  out.push("| Severity | Findings |", "| --- | ---: |");
  out.push(`| error | ${summary2.errors} |`, `| warning | ${summary2.warnings} |`, `| notice | ${summary2.notices} |`, "");
  const secrets = result.keys.filter((key) => key.source === "secret").length;
  const deployKeys = result.keys.filter((key) => key.source === "deploy-key").length;
  const extra = [secrets > 0 ? `${plural(secrets, "key")} from secrets` : "", deployKeys > 0 ? plural(deployKeys, "deploy key") : ""].filter(Boolean).join(", ");
  out.push(
    `${plural(summary2.keys, "key")} (${[`${plural(summary2.files, "file")} scanned`, extra, summary2.skipped > 0 ? `${summary2.skipped} skipped` : ""].filter(Boolean).join(", ")}).`,
    ""
  );
  if (result.keys.length > 0) {
    out.push("### Keys", "", "| Type | Bits | Keys |", "| --- | ---: | ---: |");
    for (const group of keyTally(result.keys)) out.push(`| ${cell(group.type)} | ${group.bits ?? "\u2014"} | ${group.count} |`);
    out.push("");
  }
  if (result.findings.length > 0) {
    out.push("### Findings", "", "| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
    let size = out.join("\n").length;
    let listed = 0;
    for (const finding of result.findings) {
      if (listed >= max) break;
      const row = findingRow(finding, isFile);
      if (size + row.length > BUDGET) break;
      out.push(row);
      size += row.length + 1;
      listed++;
    }
    const more = result.findings.length - listed;
    if (more > 0) out.push("", `\u2026and ${plural(more, "more finding")} in the JSON report and the SARIF.`);
    out.push("");
  } else {
    out.push("No findings.", "");
  }
  if (result.skipped.length > 0) {
    out.push("### Skipped", "", "| File | Reason |", "| --- | --- |");
    for (const item of result.skipped.slice(0, max)) out.push(`| ${cell(item.path)} | ${cell(item.reason)} |`);
    if (result.skipped.length > max) out.push("", `\u2026and ${result.skipped.length - max} more skipped files in the JSON report.`);
    out.push("");
  }
  return out.join("\n");
}

// src/reporters/pr-comment-reporter.ts
var BUDGET2 = 6e4;
function commentMarker(category2) {
  return `<!-- ssh-key-audit-comment ${category2.replace(/--+|>/g, "-")} -->`;
}
function renderComment(result, options) {
  const { summary: summary2 } = result;
  const max = options.maxFindings ?? 50;
  const where = options.scope?.filter === "added" ? "on the lines this pull request adds" : options.scope?.filter === "file" ? "in the files this pull request changes" : "in the repository";
  const out = [options.marker];
  if (result.findings.length === 0) {
    out.push(`### ssh-key-audit: all clear`, "", `No findings ${where}.`, "");
  } else {
    const counts = [plural(summary2.errors, "error"), plural(summary2.warnings, "warning"), plural(summary2.notices, "notice")];
    out.push(
      `### ssh-key-audit: ${counts.join(", ")} ${where}`,
      "",
      "| Severity | Rule | Location | Message |",
      "| --- | --- | --- | --- |"
    );
    let size = out.join("\n").length;
    let listed = 0;
    for (const finding of result.findings) {
      const row = findingRow(finding, options.isFile);
      if (listed >= max || size + row.length > BUDGET2) break;
      out.push(row);
      size += row.length + 1;
      listed++;
    }
    const more = result.findings.length - listed;
    if (more > 0)
      out.push(
        "",
        `\u2026and ${plural(more, "more finding")}${options.runUrl ? ` in the [job summary](${options.runUrl})` : " in the job summary"}.`
      );
    out.push("");
  }
  if (options.scope && options.scope.hidden > 0) {
    out.push(
      `${plural(options.scope.hidden, "finding")} elsewhere in the repository ${options.scope.hidden === 1 ? "is" : "are"} not about this pull request.`,
      ""
    );
  }
  const tally = keyTally(result.keys);
  if (tally.length > 0) {
    out.push(`**Keys in the repository** (${summary2.keys}):`, "");
    for (const group of tally.slice(0, 30)) {
      out.push(`- \`${group.type.replace(/`/g, "'")}\`${group.bits ? ` ${group.bits}-bit` : ""}: ${group.count}`);
    }
    if (tally.length > 30) out.push(`- \u2026and ${tally.length - 30} more types`);
    out.push("");
  }
  if (options.runUrl) out.push(`[Workflow run](${options.runUrl})`, "");
  return out.join("\n");
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
function findingRow2(finding, isFile) {
  const rule = `[${finding.rule}](${RULES_DOC_URL}#${finding.rule})`;
  return `| ${finding.severity} | ${rule} | ${location(finding, isFile)} | ${cell(finding.message)} |`;
}
function keyRow(key, isFile) {
  const fingerprint = key.fingerprint ? `\`${key.fingerprint}\`` : "\u2014";
  return `| ${location(key, isFile)} | ${cell(key.type)} | ${key.bits ?? "\u2014"} | ${fingerprint} |`;
}
function addRows(out, rows, max, limit) {
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
    const ordered = result.findings.map((finding, index) => ({ finding, index })).sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index).map(({ finding }) => findingRow2(finding, options.isFile));
    const listed = addRows(out, ordered, options.maxFindings ?? 200, FINDINGS_SHARE);
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
      const tallied = addRows(out, groups, 30, ROWS_BUDGET);
      if (groups.length > tallied) out.push(`| \u2026and ${groups.length - tallied} more types and sizes | | |`);
      out.push("");
    }
    out.push("| Location | Type | Bits | Fingerprint |", "| --- | --- | ---: | --- |");
    const rows = [...current, ...historical].map((key) => keyRow(key, options.isFile));
    const listed = addRows(out, rows, options.maxKeys ?? 300, ROWS_BUDGET);
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
function renderClosingComment(result, runUrl) {
  return [
    `All clear: ${summaryLine(result.summary)}. Closing this issue; ssh-key-audit reopens it when a finding comes back.`,
    runUrl ? `
[Workflow run](${runUrl})` : ""
  ].join("\n").trimEnd();
}

// src/reporters/annotation-reporter.ts
var ANNOTATIONS_PER_LEVEL = 10;
function annotationSpecs(findings, isFile) {
  return findings.map((finding) => {
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
  const shown = specs.filter((spec) => room[spec.severity]-- > 0);
  return { shown, hidden: specs.length - shown.length };
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
async function publishCheckRun(api, content) {
  const batches = [];
  for (let start = 0; start < content.annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(content.annotations.slice(start, start + ANNOTATIONS_PER_REQUEST).map(checkAnnotation));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations) => ({
    title: content.title,
    summary: content.summary.slice(0, MAX_SUMMARY),
    annotations
  });
  const done = { status: "completed", conclusion: content.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() };
  const created = await api.attempt(
    "creating the check run",
    (octokit) => octokit.rest.checks.create({
      ...api.repository,
      name: content.name,
      head_sha: content.headSha,
      ...batches.length === 1 ? done : { status: "in_progress" },
      output: output(batches[0])
    })
  );
  if (!created.ok) return created;
  const id = created.value.data.id;
  for (let index = 1; index < batches.length; index++) {
    const last = index === batches.length - 1;
    const updated = await api.attempt(
      "adding annotations to the check run",
      (octokit) => octokit.rest.checks.update({ ...api.repository, check_run_id: id, ...last ? done : {}, output: output(batches[index]) })
    );
    if (!updated.ok) return updated;
  }
  return { ok: true, url: created.value.data.html_url ?? `check run ${id}`, requests: batches.length };
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
    return;
  }
  let why;
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
      return;
    }
    const { failure } = published;
    why = failure.outage ? "the GitHub API is unavailable" : failure.status === 403 ? `the check run that would hold them all was refused (${failure.detail}): a pull request from a fork gets a read-only token, and other runs need "permissions: checks: write"` : `the check run that would hold them all failed (${failure.detail})`;
  } else {
    why = context.apiMissing ?? "the commit is unknown";
  }
  const selection = selectPerLevel(specs);
  selection.shown.forEach(command);
  notice(
    `${selection.hidden} more findings are not annotated: ${LIMIT}, and ${why}. Every finding is in the job summary, the SARIF and the JSON report.`
  );
}

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
      audit.findings.push({
        rule: "stale-deploy-key",
        severity: ruleById("stale-deploy-key").severity,
        path,
        line: 1,
        message: stale,
        fingerprint: inventory.keys[0]?.fingerprint ?? null
      });
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
  return {
    number,
    headSha,
    // A deleted fork leaves head.repo null; it was a fork all the same.
    fromFork: typeof base === "string" && head !== base,
    changedFiles: typeof changed === "number" ? changed : null
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
function describeFailure(error2) {
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
var GitHubApi = class {
  constructor(octokit, repository) {
    this.octokit = octokit;
    this.repository = repository;
  }
  octokit;
  repository;
  unavailable = false;
  /** Runs one call (or one paginated series). `what` names it in the outage warning: "listing the pull request's files". */
  async attempt(what, call) {
    if (this.unavailable) return { ok: false, failure: { status: null, detail: "skipped after an earlier outage", outage: true } };
    try {
      return { ok: true, value: await call(this.octokit) };
    } catch (error2) {
      const failure = describeFailure(error2);
      if (failure.outage) {
        this.unavailable = true;
        warning(
          `GitHub API unavailable (${failure.detail}) while ${what}: skipping every further GitHub call of this step. The scan itself is complete: its findings are in this log, the job summary, the SARIF and the JSON report.`
        );
      }
      return { ok: false, failure };
    }
  }
};
async function connect(token, repository) {
  const eventPath = process.env["GITHUB_EVENT_PATH"];
  delete process.env["GITHUB_EVENT_PATH"];
  try {
    const { getOctokit } = await import("./chunks/github-MTVNMPVM.js");
    const octokit = getOctokit(token);
    octokit.hook.before("request", (options) => {
      options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
    });
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
import { resolve as resolve2 } from "node:path";

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
    (octokit) => octokit.paginate(octokit.rest.pulls.listFiles, { ...api.repository, pull_number: pullRequest.number, per_page: 100 })
  );
  if (!listed.ok) {
    if (listed.failure.outage) return { problem: null };
    const hint = listed.failure.status === 403 || listed.failure.status === 404 ? " (the token needs pull-requests: read)" : "";
    return { problem: `cannot list the files of pull request #${pullRequest.number} (${listed.failure.detail})${hint}` };
  }
  const files = listed.value;
  if (pullRequest.changedFiles !== null && files.length < pullRequest.changedFiles) {
    return {
      problem: `pull request #${pullRequest.number} changes ${pullRequest.changedFiles} files and GitHub lists only ${files.length} (at most ${MAX_LISTED_FILES})`
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
    audit.paths.push(path);
    audit.keys.push(...inventory.keys.map(scrub));
    const keyIds = inventory.keys.flatMap((key) => key.certificate ? [key.certificate.keyId] : []);
    for (const finding of inventory.findings) {
      if (finding.rule === "private-key") continue;
      let message = finding.message;
      for (const keyId of keyIds) if (keyId !== "") message = message.split(`"${keyId}"`).join('"[redacted]"');
      audit.findings.push({ ...finding, message });
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
  throw new UsageError(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}
function text(name, fallback) {
  const value = getInput(name).trim();
  return value === "" ? fallback : value;
}
function choice(name, values, fallback) {
  const value = text(name, fallback).toLowerCase();
  if (!values.includes(value)) {
    throw new UsageError(`input ${name} must be one of ${values.join(", ")}, got ${JSON.stringify(getInput(name).trim())}`);
  }
  return value;
}
function category() {
  const value = text("category", DEFAULT_CATEGORY);
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(value)) {
    throw new UsageError(`input category must be 1 to 100 letters, digits, '.', '_', '/' or '-', got ${JSON.stringify(value)}`);
  }
  return value;
}
function label() {
  const value = text("tracking-issue-label", DEFAULT_TRACKING_ISSUE_LABEL);
  if (value.includes(","))
    throw new UsageError(`input tracking-issue-label must be one label name without a comma, got ${JSON.stringify(value)}`);
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
function readSettings(workspace) {
  const options = resolveOptions({
    root: workspace,
    paths: list("path"),
    config: text("config", "") || null,
    overrides: policyOverrides()
  });
  const secretEnv = secretNames(getInput("secret-env"));
  validateSecretNames(secretEnv);
  return {
    options,
    sarifFile: resolve2(workspace, text("sarif-file", "ssh-key-audit.sarif")),
    reportFile: resolve2(workspace, text("report-file", "ssh-key-audit.json")),
    annotations: flag("annotations", true),
    summary: flag("summary", true),
    category: category(),
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
  const ours = listed.value.filter((comment) => comment.body?.includes(marker));
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
  const ours = listed.value.filter((issue2) => !issue2.pull_request && issue2.body?.includes(content.marker));
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
function writeReport(input, path, content) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error2) {
    throw new UsageError(`cannot write ${input} ${path}: ${error2.code ?? "error"}`);
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
    if (event.problem) warning(`cannot read the ${event.name} event (${event.problem}): every finding is reported, as on push.`);
    const wanted = [
      settings.deployKeys ? "deploy-keys" : "",
      pullRequest && settings.prFilter !== "all" ? `pr-filter: ${settings.prFilter}` : "",
      pullRequest && settings.prComment ? "pr-comment" : "",
      !pullRequest && !event.problem && settings.trackingIssue ? "tracking-issue" : ""
    ].filter(Boolean);
    let api = null;
    let apiMissing = null;
    if (!settings.token.trim()) apiMissing = "no github-token is set";
    else if (!event.repository) apiMissing = "GITHUB_REPOSITORY is not set";
    else api = await connect(settings.token.trim(), event.repository);
    if (!api && wanted.length > 0) {
      warning(
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
    if (full.history?.warning) warning(`history: ${full.history.warning}`);
    let reported = full;
    let scope = null;
    if (pullRequest && settings.prFilter !== "all" && api) {
      const outcome = await pullRequestChanges(api, pullRequest);
      if ("changes" in outcome) {
        const treeFindings = full.findings.filter((finding) => !finding.commit);
        const kept = new Set(filterFindings(treeFindings, outcome.changes, settings.prFilter, options.root, isFile));
        reported = withFindings(
          full,
          full.findings.filter((finding) => finding.commit || kept.has(finding))
        );
        scope = { number: pullRequest.number, filter: settings.prFilter, hidden: full.findings.length - reported.findings.length };
      } else if (outcome.problem) {
        warning(`pr-filter: ${outcome.problem}; every finding is reported.`);
      }
    }
    writeReport("sarif-file", settings.sarifFile, renderSarif(full, { category: settings.category }));
    writeReport("report-file", settings.reportFile, renderJson(reported));
    const failing = failingFindings(reported.findings, options.failOn);
    const conclusion = failing.length > 0 ? "failure" : reported.findings.length > 0 ? "neutral" : "success";
    const name = settings.category === DEFAULT_CATEGORY ? "ssh-key-audit" : `ssh-key-audit (${settings.category})`;
    const env = process.env;
    const runUrl = env["GITHUB_SERVER_URL"] && env["GITHUB_REPOSITORY"] && env["GITHUB_RUN_ID"] ? `${env["GITHUB_SERVER_URL"]}/${env["GITHUB_REPOSITORY"]}/actions/runs/${env["GITHUB_RUN_ID"]}` : null;
    const { shown, historical } = historyShown(reported);
    const inTree = (path) => isFile(path) && !historical.has(path);
    if (settings.annotations) {
      await annotate(shown.findings, {
        api,
        sha: event.sha,
        checkName: name,
        checkTitle: `${name}: ${summaryLine(reported.summary)}`,
        checkSummary: [
          `${summaryLine(reported.summary)}.`,
          scope ? scopeLine(scope) : "",
          `Every finding is listed in the job summary${runUrl ? ` of [the workflow run](${runUrl})` : ""}.`
        ].filter(Boolean).join("\n\n"),
        conclusion,
        isFile: inTree,
        apiMissing
      });
    }
    if (settings.prComment && pullRequest && api) {
      const marker = commentMarker(settings.category);
      const body = renderComment(shown, { marker, scope, isFile, runUrl });
      await upsertComment(api, pullRequest.number, marker, body, reported.findings.length === 0, pullRequest.fromFork);
    } else if (settings.prComment && !pullRequest && !event.problem) {
      info(`pr-comment: a ${event.name || "local"} run has no pull request to comment on.`);
    }
    if (settings.trackingIssue && !pullRequest && !event.problem && api) {
      const marker = trackingIssueMarker(settings.category);
      await syncTrackingIssue(api, {
        marker,
        label: settings.trackingIssueLabel,
        title: `${name}: SSH keys and findings`,
        body: renderTrackingIssue(full, { marker, isFile, runUrl }),
        clean: full.findings.length === 0,
        closingComment: renderClosingComment(full, runUrl)
      });
    } else if (settings.trackingIssue && (pullRequest || event.problem)) {
      info(`tracking-issue: a ${event.name} run does not update the tracking issue; it follows scheduled and push runs.`);
    }
    if (settings.summary && process.env["GITHUB_STEP_SUMMARY"]) {
      await summary.addRaw(renderSummary(shown, { isFile, pullRequest: scope })).write();
    }
    const { summary: summary2 } = reported;
    setOutput("findings", reported.findings.length);
    setOutput("errors", summary2.errors);
    setOutput("warnings", summary2.warnings);
    setOutput("notices", summary2.notices);
    setOutput("keys", summary2.keys);
    setOutput("sarif-file", settings.sarifFile);
    setOutput("report", settings.reportFile);
    info(`ssh-key-audit: ${summaryLine(summary2)}${scope ? ` (${scopeLine(scope)})` : ""}`);
    if (failing.length > 0) {
      setFailed(`ssh-key-audit: ${failing.length} finding(s) at or above fail-on ${options.failOn}`);
    }
  } catch (error2) {
    if (error2 instanceof UsageError) setFailed(`ssh-key-audit: ${error2.message}`);
    else setFailed(`ssh-key-audit: internal error: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`);
  }
}

// src/action/index.ts
if (isMainThread) await run();
