import js from '@eslint/js';
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
