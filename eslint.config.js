import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test/fixtures/',
      'bench-tree/',
      'bench-tree-*/',
      'bench-keys/',
      'bench-authorized/',
      'bench-history/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      // The core must stay free of the Actions toolkit (STYLE.md): adapters depend on core, never the reverse.
      'no-restricted-imports': 'off',
    },
  },
  {
    // The architecture (STYLE.md "Layout"): no import cycles anywhere in src/, and the adapters (cli, action,
    // history) depend on core and reporters, never the reverse.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: ['src/core', 'src/reporters'].map((target) => ({
            target,
            from: ['src/cli', 'src/action', 'src/history'],
            message: 'The core and the reporters must not import an adapter (cli, action, history).',
          })),
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/reporters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'The scanning core and reporters must not import @actions/*.' }] },
      ],
      'no-console': 'error',
      'no-restricted-globals': ['error', { name: 'process', message: 'The core takes everything it needs through ScanOptions.' }],
    },
  },
);
