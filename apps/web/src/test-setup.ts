import 'fake-indexeddb/auto';

import { cleanup, configure } from '@testing-library/react';
import { setPlatformAPI } from 'echarts/core';
import { afterEach } from 'vitest';

import './i18n';
import { installFetch } from './test-support';

// jsdom has no layout: antd asks for these while measuring.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => undefined,
  removeListener: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  dispatchEvent: () => false,
})) as typeof window.matchMedia;
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Nor a canvas: ECharts measures its labels' text with one; a width in proportion to the letters will do.
setPlatformAPI({ measureText: (text = '') => ({ width: text.length * 7 }) });

installFetch();
// Waits are ceilings for a broken page, not a pace: a loaded machine renders slowly.
configure({ asyncUtilTimeout: 120_000 });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});
