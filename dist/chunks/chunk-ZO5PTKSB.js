#!/usr/bin/env node

// src/core/keys/occurrence.ts
var LineCounter = class {
  constructor(text) {
    this.text = text;
    this.next = text.indexOf("\n");
  }
  text;
  offset = 0;
  line = 1;
  start = 0;
  // The first line break at or after `offset`, kept between calls: searching for it again on every call
  // walked the whole rest of a text without line breaks each time.
  next;
  lineAt(target) {
    if (target < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.start = 0;
      this.next = this.text.indexOf("\n");
    }
    while (this.next !== -1 && this.next < target) {
      this.line++;
      this.start = this.next + 1;
      this.next = this.text.indexOf("\n", this.start);
    }
    this.offset = target;
    return this.line;
  }
  /** Where the line of the last lineAt() target starts. */
  lineStart() {
    return this.start;
  }
  /** Where the line of the last lineAt() target ends, before any `\r`. */
  lineEnd() {
    const end = this.next === -1 ? this.text.length : this.next;
    return this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }
};
function decodeBase64(text) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) return null;
  return Buffer.from(text, "base64");
}

export {
  LineCounter,
  decodeBase64
};
