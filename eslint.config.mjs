import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

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
