import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const foldersOf = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

// The web app's features (apps/web/src/features/<feature>) and the API's capabilities
// (apps/api/src/<capability>), read from the tree so a new folder is fenced from the start.
const webFeatures = foldersOf('apps/web/src/features');
const apiCapabilities = foldersOf('apps/api/src');

const framework = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'react',
  'react-dom',
  'react-*',
  'express',
  'axios',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', '**/vite.config.*.timestamp*'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:contracts',
                'type:catalogue',
                'type:migrations',
              ],
            },
            { sourceTag: 'type:catalogue', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The domain is pure: no framework, no I/O. Rules take `now` instead of reading the clock.
    files: ['libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...framework, 'node:*', 'fs', 'http', 'https', 'crypto'].map((group) => ({
            group: [group],
            message: 'libs/domain and libs/contracts stay free of frameworks and I/O.',
          })),
        },
      ],
    },
  },
  {
    files: ['migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@signoff/*', '../apps/*', '../libs/*'],
              message: 'Migrations are frozen history: they import nothing from the apps or libs.',
            },
          ],
        },
      ],
    },
  },
  {
    // Circular imports: a cycle makes load order decide what is defined (swc under jest, for one,
    // then reads a class before it exists).
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: webFeatures.map((feature) => ({
            target: `apps/web/src/features/${feature}`,
            from: 'apps/web/src/features',
            except: [`./${feature}`],
            message:
              'A feature never imports another feature: move what both need to components/, lib/ or hooks/, or compose them in app/.',
          })),
        },
      ],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: apiCapabilities.map((capability) => ({
            target: `apps/api/src/${capability}`,
            from: apiCapabilities
              .filter((other) => other !== capability)
              .map((other) => `apps/api/src/${other}/**/*.{repository,policy}.ts`),
            message:
              'A capability reaches another only through what its module exports (its service), never its repository or policy.',
          })),
        },
      ],
    },
  },
  {
    // TypeORM's `query` answers `any`, and a row type written on its result is taken on faith:
    // SQL reaches the database only through apps/api/src/database (queryRows and its kin, each
    // with a decoder whose readers check every column).
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/database/**', 'apps/api/src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message:
            'Run SQL through apps/api/src/database/typed-query (queryRows, queryFirst, queryExists, execute, changedRows) or queryPage, with a decoder built from row-readers.',
        },
      ],
    },
  },
  {
    // No `any` leaves a repository or a read model: each query's rows get a type the compiler
    // checks. Type-aware, so it reads the API's tsconfig; only these files, to keep lint quick.
    files: ['apps/api/src/**/*.repository.ts', 'apps/api/src/read-models/**/*.ts'],
    languageOptions: {
      parserOptions: { project: join(root, 'apps/api/tsconfig.app.json'), tsconfigRootDir: root },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
    },
  },
  {
    // Test tooling reaches the workspace's shared jest preset and aliases at the root.
    files: [
      '**/jest*.config.js',
      '**/test/support/global-setup.ts',
      '**/test/support/register-aliases.ts',
    ],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
];
