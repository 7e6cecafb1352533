export { dataSourceOptions, type Migration, migrate, migrations } from './database';
export {
  checkPostgres,
  createDatabaseIfMissing,
  provideSystemPostgres,
  redact,
  startEmbeddedPostgres,
} from './postgres';
export { createPool } from './pool';
export { runMain, type Stop } from './run-main';
export { describeCause, StartupError } from './startup-error';
export { checkTemporal, type RunningTemporal, startTemporalDevServer } from './temporal';
export { findExecutable } from './temporal-cli';
