/** Public API of the pure dossier core (libs/domain). */
export * from './commands';
export { aggregate, evolve } from './evolve';
export { councilOutcome, decide, departmentFor, type Decision } from './decide';
export * from './errors';
export * from './evaluation';
export * from './events';
export type * from './rules';
export * from './state';
export * from './summary';
