/** Public API of the audit core (libs/audit): pure formatting, point-in-time folding, diffs and the archive format. */
export * from './archive';
export * from './audit-read';
export * from './diff';
export { criteriaOf, evidenceOf } from './evidence';
export * from './point-in-time';
export { renderReport, type ReportInput } from './report';
export { describeEvent, type Sentence, type SentenceContext } from './sentences';
export * from './timeline';
