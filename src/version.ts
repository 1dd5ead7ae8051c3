/** Kept equal to package.json by a test, so the bundles need no JSON import. */
export const VERSION = '0.1.0';

/** Where the docs live; SARIF helpUri and report links point here. */
export const REPOSITORY_URL = 'https://github.com/ssh-key-audit/ssh-key-audit';
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;
