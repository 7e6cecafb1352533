export { createTestDatabase, type TestDatabase, withDatabase } from './database';
export { freePort, startTestTemporal } from './servers';
export { timeSkippingEnvironment, workflowBundleOptions } from './temporal';
export { startTestSystem, type TestSystem } from './system';
export { HISTORIES_DIR, recordedHistories, recordHistory } from './workflow-histories';
export { addressedTo, runDossier, type SendCommand } from './dossier-workflow';
