// ESLint: Next.js's rules (Core Web Vitals), typescript-eslint's recommended rules plus the
// type-aware ones about promises, and nothing Prettier decides (eslint-config-prettier).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.contentlayer/**',
    '.e2e/**',
    'node_modules/**',
    'test-results/**',
    'next-env.d.ts',
    'scripts/bench/empty-app/.next/**',
  ]),
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error; the checks that need types run here too.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    // Data flows one way: content/ -> lib/ -> app/ -> components/ (README, "Project layout").
    rules: { 'import/no-cycle': 'error' },
  },
  {
    files: ['app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'contentlayer/generated', message: 'Read posts through lib/posts.' }],
          // A module app/ shares between routes (app/post-page.tsx) is fine; a route file is not.
          patterns: [
            {
              group: ['@/app/**/{page,layout,route,not-found,global-not-found}'],
              message: 'Pages do not import pages.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'contentlayer/generated', message: 'Read posts through lib/posts.' }],
          patterns: [{ group: ['@/app/*'], message: 'Components do not import from app/.' }],
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/components/*'],
              message: 'lib/ is below app/ and components/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  prettier,
]);
