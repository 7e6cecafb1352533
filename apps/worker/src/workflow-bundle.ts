import { resolve } from 'node:path';

import type { BundleOptions } from '@temporalio/worker';

/**
 * Workflow code is bundled by webpack, which does not read tsconfig paths: map each `@ntm/*`
 * alias here. From `dist/` the aliases are already rewritten by SWC, so the map is harmless.
 */
const root = resolve(__dirname, '..', '..', '..');

export const workflowsPath = require.resolve(resolve(root, 'workflows'));

const aliases: Record<string, string> = {
  '@ntm/domain': resolve(root, 'libs/domain/src'),
  '@ntm/catalogue': resolve(root, 'libs/catalogue/src'),
  '@ntm/calendar': resolve(root, 'libs/calendar/src'),
};

export const webpackConfigHook: NonNullable<BundleOptions['webpackConfigHook']> = (config) => ({
  ...config,
  resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string>), ...aliases } },
});
