export type * from './model';
export type * from './catalogue-version';
export { CatalogueError, type CatalogueErrorCode } from './errors';
export { exportCatalogue, importCatalogue, type ExchangeFormat } from './exchange';
export { catalogueVersions, composeVersion, loadCatalogue } from './load';
export { pinRules, resolveThreshold, selectDefaults } from './rules';
export { catalogueVersionSchema, criteriaSetSchema, levels, regimeSchema, regions, thresholdSchema } from './schema';
export { criteriaMapping, type CriteriaMapping, mappingProblems } from './transition';
