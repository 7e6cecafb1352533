export { createTestDatabase, type TestDatabase, withDatabase } from './database';
export { freePort } from './servers';
export { timeSkippingEnvironment, workflowBundleOptions } from './temporal';
export { startTestSystem, type TestSystem } from './system';
