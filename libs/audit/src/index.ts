/** Public API of the audit core (libs/audit): pure formatting, point-in-time folding, diffs and the archive format. */
export * from './archive';
export * from './audit-read';
export * from './diff';
export { evidenceOf } from './evidence';
export * from './point-in-time';
export { renderReport } from './report';
export { type Sentence } from './sentences';
export * from './timeline';
