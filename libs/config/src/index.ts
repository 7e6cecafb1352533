export { type AppConfig } from './config.schema';
export { ConfigError, loadConfig } from './load-config';
export { loadTestSettings } from './test-settings';
