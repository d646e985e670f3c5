// One lint config for the repo. Its import rules make the architecture's
// boundaries visible and enforced: shared is pure, the renderer is a web page,
// the service knows no host, and no host knows the other (allow-lists at the end).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { boundaries } from './eslint/allowed-imports.js';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.cache/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'fetch',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/preload/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
      'build/**/*.ts',
      'scripts/**/*.mjs',
      '*.config.ts',
    ],
    ignores: ['src/main/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'better-sqlite3', message: 'Only src/main/db imports better-sqlite3.' }] },
      ],
    },
  },
  // One host never imports the other: what both need lives beside them (src/main/security, service…).
  ...[
    ['web', 'electron'],
    ['electron', 'web'],
  ].map(([host, other]) => ({
    files: [`src/main/hosts/${host}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'Only src/main/db imports better-sqlite3.' },
            ...(host === 'web' ? [{ name: 'electron', message: 'The web host runs in plain Node.' }] : []),
          ],
          patterns: [
            {
              regex: `(^|/)hosts/${other}/|^\\.\\./${other}/`,
              message: `The ${host} host does not import the ${other} host.`,
            },
          ],
        },
      ],
    },
  })),
  // Boundaries as allow-lists (eslint/allowed-imports.js): each folder names what it may import, nothing else.
  ...layer({
    files: 'src/shared',
    folders: ['src/shared'],
    packages: ['zod', 'virtual:lesson-manifest'],
    because: 'src/shared is pure TypeScript: zod and itself only.',
  }),
  ...layer({
    files: 'src/renderer',
    folders: ['src/renderer', 'src/shared', 'content'],
    packages: [
      'react',
      'react-dom',
      'wouter',
      'recharts',
      'qrcode',
      '@fontsource/ibm-plex-sans',
      '@fontsource/ibm-plex-serif',
      '@fontsource/ibm-plex-sans-arabic',
    ],
    testPackages: [
      '@testing-library/react',
      '@testing-library/user-event',
      '@testing-library/dom',
      'happy-dom',
      'axe-core',
    ],
    testFiles: ['src/renderer/exercises/render-exercise.tsx'],
    because: 'the renderer is a web page: its own files, src/shared, lesson content and UI libraries.',
  }),
  ...layer({
    files: 'src/main/service',
    // src/main/pdf: the Printer interface, print routes and the zip, never a browser of its own.
    folders: ['src/main/service', 'src/main/db', 'src/main/pdf', 'src/shared'],
    packages: ['node:*'],
    because: 'the service does the work for every host: no electron, no host, no transport.',
  }),
  ...layer({
    files: 'src/main/hosts/web',
    folders: [
      'src/main/hosts/web',
      'src/main/hosts/startup-error',
      'src/main/classroom',
      'src/main/service',
      'src/main/security',
      'src/main/db',
      'src/main/pdf',
      'src/main/config',
      'src/shared',
    ],
    packages: ['node:*', 'fastify', '@fastify/static'],
    because: 'the web host adapts HTTP to the service; it never imports the Electron host or electron.',
  }),
  ...layer({
    files: 'src/main/classroom',
    // The room's listener is the web host's server: both hosts start it through this folder only.
    folders: [
      'src/main/classroom',
      'src/main/hosts/web/server',
      'src/main/hosts/web/listen-address',
      'src/main/hosts/web/content-disposition',
      'src/main/service',
      'src/main/security',
      'src/main/db',
      'src/shared',
    ],
    // csv-stringify: the results CSV (results-csv.ts), which both hosts offer.
    packages: ['node:*', 'fastify', 'csv-stringify'],
    because: 'the classroom starts the web host’s server on a LAN address; never electron.',
  }),
  ...layer({
    files: 'src/main/hosts/electron',
    folders: [
      'src/main/hosts/electron',
      'src/main/hosts/startup-error',
      'src/main/classroom',
      'src/main/service',
      'src/main/security',
      'src/main/db',
      'src/main/config',
      // The Printer interface and page setup; its playwright printer is the web host's.
      'src/main/pdf',
      'src/shared',
    ],
    packages: ['node:*', 'electron'],
    testFolders: ['src/preload'],
    because: 'the Electron host adapts IPC to the service; it never imports the web host.',
  }),
);

/** The allow-list of one folder, and a wider one for its tests (test runner, tools, tests/support). */
function layer({ files, folders, packages, because, testPackages = [], testFiles = [], testFolders = [] }) {
  const tests = [`${files}/**/*.test.{ts,tsx}`, ...testFiles];
  const rule = (options) => ({ 'boundaries/allowed-imports': ['error', { ...options, because }] });
  return [
    { files: [`${files}/**/*.{ts,tsx}`], plugins: { boundaries }, rules: rule({ folders, packages }) },
    {
      files: tests,
      plugins: { boundaries },
      rules: rule({
        folders: [...folders, ...testFolders, 'tests/support'],
        packages: [...packages, 'vitest', 'fast-check', ...testPackages],
      }),
    },
  ];
}
