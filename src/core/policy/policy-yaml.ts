/**
 * YAML text of a policy object, for print-config. A module of its own so that the `yaml` package is
 * loaded only when YAML is printed (a dynamic import of the package itself would, once bundled, expose
 * only its default export).
 */
import { stringify } from 'yaml';

/** Block style, long strings never folded: the printout is meant to be read and kept as a policy file. */
export function policyYaml(policy: Record<string, unknown>): string {
  return stringify(policy, { lineWidth: 0 });
}
