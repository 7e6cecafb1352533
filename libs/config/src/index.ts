export { type AppConfig, configSchema } from './config.schema';
export { ConfigError, loadConfig } from './load-config';
