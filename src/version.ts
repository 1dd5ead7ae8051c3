/**
 * The version and every link the reports print come from package.json (`version`, `repository.url`), the one
 * place a fork or a move of the repository changes. esbuild inlines the JSON into the bundles.
 */
import packageJson from '../package.json' with { type: 'json' };
import { trimTrailing } from './core/text-scan.js';

export const VERSION: string = packageJson.version;

/** `git+https://github.com/OWNER/REPO.git` (npm's form of `repository.url`) -> `https://github.com/OWNER/REPO`. */
export function repositoryWebUrl(url: string): string {
  return trimTrailing(url.replace(/^git\+/, '').replace(/\.git$/, ''), '/');
}

/** Where the docs live; SARIF informationUri and helpUri and report links point here. */
export const REPOSITORY_URL = repositoryWebUrl(packageJson.repository.url);
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;
