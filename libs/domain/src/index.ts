/** Public API of the pure dossier core (libs/domain). */
export * from './commands';
export { aggregate, evolve } from './evolve';
export { councilOutcome, decide, reviewerFor } from './decide';
export * from './errors';
export * from './evaluation';
export * from './events';
export type * from './rules';
export * from './state';
export * from './summary';
export { isRecordableText } from './text';
export { dossierForSurvey, surveyThreshold } from './survey-campaign';
export { checkRefiling, registrationRules, type RegisteringUnit } from './registration';
export * from './transition';
export * from './revocation-view';
