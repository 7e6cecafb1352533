export { createTestDatabase, type TestDatabase } from './database';
export { freePort } from './servers';
export { earlyContinueAsNewEnvironment, timeSkippingEnvironment, workflowBundleOptions } from './temporal';
export { startTestSystem, type TestSystem } from './system';
export { recordedHistories, recordHistory } from './workflow-histories';
export { addressedTo, runDossier, type SendCommand } from './dossier-workflow';
export { until } from './until';
export { relayedDatabaseUrl, tcpRelay } from './tcp-relay';
export { projectedRows } from './projected';
