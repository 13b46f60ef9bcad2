import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// One owner per heavy dependency (DESIGN.md rule 3): importing it elsewhere is a lint error.
const owners = [
  { name: 'xstate', owner: 'packages/compiler' },
  { name: 'bpmn-moddle', owner: 'packages/bpmn' },
  { name: 'elkjs', owner: 'packages/layout' },
  { name: 'docx', owner: 'packages/sop' },
  { name: '@hocuspocus/server', owner: 'packages/server' },
  { name: '@hocuspocus/extension-redis', owner: 'packages/server' },
  { name: 'better-sqlite3', owner: 'packages/server' },
  { name: 'pg', owner: 'packages/server' },
];

function restrictHeavy(files, allowedOwners) {
  const banned = owners.filter((o) => !allowedOwners.includes(o.owner));
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: banned.map(({ name, owner }) => ({
            name,
            message: `${name} belongs to ${owner}; go through that package.`,
          })),
          patterns: banned.map(({ name, owner }) => ({
            group: [`${name}/*`],
            message: `${name} belongs to ${owner}.`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'packages/*/dist/**',
      '.tsbuild/**',
      'coverage/**',
      'tmp/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  // Everyone may import none of the heavy dependencies; each owner may import its own.
  restrictHeavy(['packages/**/*.ts', 'src/**/*.{ts,tsx}'], []),
  ...owners.map(({ owner }) => restrictHeavy([`${owner}/**/*.ts`], [owner])),
  {
    files: ['packages/**/*.ts'],
    ignores: ['packages/cli/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
