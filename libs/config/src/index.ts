export { type AppConfig } from './config.schema';
export { parsePublicKey } from './audit-signing';
export { ConfigError, loadConfig } from './load-config';
export { loadTestSettings } from './test-settings';
