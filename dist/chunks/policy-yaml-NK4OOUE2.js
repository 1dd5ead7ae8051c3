#!/usr/bin/env node
import {
  require_dist
} from "./chunk-K3CSJOI7.js";
import {
  __toESM
} from "./chunk-AAXGI36X.js";

// src/core/policy/policy-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function policyYaml(policy) {
  return (0, import_yaml.stringify)(policy, { lineWidth: 0 });
}
export {
  policyYaml
};
