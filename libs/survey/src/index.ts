/** Public API of the satisfaction survey core (libs/survey): pure, like libs/domain. */
export * from './campaign';
export { decideSurvey, IMPORT_CHUNK_SIZE } from './decide';
export * from './model';
// Which dossier a campaign may open on is the dossier's rule (libs/domain); the survey's public API offers it.
export { dossierForSurvey } from '@ntm/domain';
export { checkOfficer } from './officers';
export { MAX_CAMPAIGN_WORKING_DAYS } from './plan';
export * from './responses';
export * from './tally';
export { readTally, type RowProblem, type TallyFormat, UnreadableFile } from './import';
