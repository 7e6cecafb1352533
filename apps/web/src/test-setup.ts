import { cleanup } from '@testing-library/react';
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

installFetch();

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});
