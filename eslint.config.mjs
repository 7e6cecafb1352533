// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';

const frameworkImports = [
  {
    group: [
      '@nestjs/*',
      '@temporalio/*',
      'typeorm',
      'pg',
      'pg-*',
      'node:*',
      'fs',
      'http',
      'https',
      'net',
      'child_process',
    ],
    message: 'libs/domain là lõi thuần: không I/O, không framework (pure core: no I/O, no framework).',
  },
  {
    group: ['@ntm/*', '!@ntm/catalogue', '!@ntm/calendar'],
    message:
      'libs/domain chỉ dùng libs/catalogue và libs/calendar, hai thư viện thuần (domain uses only the pure catalogue and calendar).',
  },
];

const envRule = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Đọc cấu hình qua libs/config (process.env is read only in libs/config).',
};
const clockMessage = 'Workflow code reads no clock: time comes from command metadata (metadata.now) and signals.';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      '.tools/',
      'coverage/',
      'bench-results/',
      'jest.config.js',
      '.dependency-cruiser.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    // Nest's dependency injection reads constructor types at run time: those imports must stay values.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': ['error', envRule],
    },
  },
  {
    // The test harness hands settings to Jest workers and child processes through the environment.
    files: ['libs/config/**/*.ts', 'test/support/global-setup.ts', 'test/support/launcher.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['libs/domain/**/*.ts', 'libs/catalogue/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: frameworkImports }] },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/activities.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'node:*',
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
              ],
              message: 'Workflow code is deterministic: no I/O or framework imports.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        envRule,
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: clockMessage },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Workflow code is deterministic: no randomness.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    plugins: { jest },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      // Shared helpers named expect… (e.g. expectRefusedEvenBypassingTriggers) assert for the test.
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
      'jest/valid-expect': 'error',
    },
  },
  prettier,
);
