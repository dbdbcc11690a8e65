// Lint, including the layer rules of the architecture: shared/ stays pure, the renderer never
// reaches Node, Electron or SQLite, and only the thin wiring files import electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'module',
];
const pattern = (group, message) => ({ group, message });
/** The `electron` package itself (not the project's electron/ folder, which relative paths reach). */
const electronPackage = (message) => ({ regex: '^electron(/.*)?$', message });

/** What the whole renderer may not import, its i18n wrapper included. */
const RENDERER_BASE_PATTERNS = [
  pattern(NODE_BUILTINS, 'The renderer never touches Node: go through lib/api.ts.'),
  electronPackage('The renderer never imports electron: go through lib/api.ts.'),
  pattern(['better-sqlite3'], 'The renderer never touches the database: go through lib/api.ts.'),
  pattern(['**/electron/**'], 'The renderer may import shared/ but not the main process.'),
];
/*
 * i18next's own `t` takes any string, so a key missing from the catalogue would only show up on
 * screen: the renderer reaches texts through app/i18n/useT.ts (`useT`, `translate`), whose `t` takes a
 * MessageKey. Only app/i18n/ itself imports i18next and react-i18next.
 */
const RENDERER_PATTERNS = [
  ...RENDERER_BASE_PATTERNS,
  pattern(
    ['i18next', 'react-i18next'],
    "Texts in the renderer go through app/i18n/useT.ts (useT, translate): its t takes a MessageKey, i18next's takes any string.",
  ),
];

export const layerRules = {
  shared: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          pattern(NODE_BUILTINS, 'shared/ is pure: no Node built-ins (it also runs in the renderer).'),
          electronPackage('shared/ is pure: no Electron.'),
          pattern(['better-sqlite3'], 'shared/ is pure: no SQLite.'),
          // i18next itself is plain JavaScript (no DOM): the one render function in shared/i18n runs on it.
          pattern(
            ['react', 'react-dom', 'react/*', '@mui/*', 'zustand', 'react-i18next'],
            'shared/ is pure: no UI libraries.',
          ),
          pattern(
            ['**/electron/**', '**/renderer/**', '**/cli/**', '**/test/**'],
            'shared/ may import only itself and pure packages.',
          ),
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'process', 'require', 'Buffer', '__dirname', 'localStorage'].map(
        (name) => ({
          name,
          message: 'shared/ is pure: no DOM or Node globals.',
        }),
      ),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'The engine never reads the clock: pass time in.' },
      { object: 'Math', property: 'random', message: 'The engine takes a seeded generator: pass randomness in.' },
    ],
  },
  renderer: {
    'no-restricted-imports': ['error', { patterns: RENDERER_PATTERNS }],
    'no-restricted-globals': [
      'error',
      { name: 'require', message: 'No require in the renderer.' },
      { name: 'process', message: 'No process in the renderer.' },
    ],
  },
  /** The renderer's i18n wrapper (app/i18n/): the one place that runs i18next and react-i18next. */
  rendererI18n: {
    'no-restricted-imports': ['error', { patterns: RENDERER_BASE_PATTERNS }],
  },
  /**
   * The store, the modules under it (engine clients, lib/) and the generic parts (components/) are below the
   * pages: they never import features/.
   */
  rendererBelowFeatures: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...RENDERER_PATTERNS,
          pattern(
            ['**/features/**'],
            'The store, engine/, lib/ and components/ sit below the pages: move what they need out of features/ (see renderer/src/engine, renderer/src/lib).',
          ),
        ],
      },
    ],
  },
  mainServices: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          electronPackage(
            'Services, db and IPC handlers are plain Node so tests and the CLI run them: only electron/main/index.ts wires Electron.',
          ),
          pattern(['**/renderer/**'], 'main does not import the renderer.'),
        ],
      },
    ],
  },
  preload: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          pattern(NODE_BUILTINS, 'The sandboxed preload cannot use Node built-ins.'),
          pattern(
            ['better-sqlite3', 'zod', '**/electron/main/**', '**/renderer/**'],
            'The preload only bridges contract channels.',
          ),
        ],
      },
    ],
  },
  cli: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          electronPackage('The CLI runs without Electron.'),
          pattern(
            ['**/electron/main/index', '**/electron/main/index.ts', '**/electron/preload/**'],
            'The CLI may use the plain-Node services, never the Electron wiring.',
          ),
          pattern(['**/renderer/**'], 'The CLI does not import the renderer.'),
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'coverage/', '**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  { files: ['shared/**/*.ts'], ignores: ['shared/**/*.test.ts'], rules: layerRules.shared },
  { files: ['renderer/**/*.{ts,tsx}'], ignores: ['renderer/**/*.test.{ts,tsx}'], rules: layerRules.renderer },
  { files: ['renderer/src/app/i18n/**/*.ts'], ignores: ['renderer/**/*.test.ts'], rules: layerRules.rendererI18n },
  {
    files: [
      'renderer/src/store/**/*.ts',
      'renderer/src/engine/**/*.ts',
      'renderer/src/lib/**/*.ts',
      'renderer/src/components/**/*.{ts,tsx}',
    ],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: layerRules.rendererBelowFeatures,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/main/windowOptions.ts'],
    rules: layerRules.mainServices,
  },
  { files: ['electron/preload/**/*.ts'], rules: layerRules.preload },
  { files: ['cli/**/*.ts', 'bin/**'], rules: layerRules.cli },
  /*
   * Prettier wraps code at 120 columns but cannot break a comment or a string: this rule catches what it
   * cannot wrap, which is comments. String and template literals (and regular expressions and URLs) are
   * exempt, because a user-visible sentence is not split over lines. test/lint/lineWidth.test.ts holds it.
   */
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
    },
  },
);
