export type * from './model';
export type * from './catalogue-version';
export { CatalogueError } from './errors';
export { catalogueVersions, loadCatalogue } from './load';
export { departmentToday, pinRules, resolveThreshold, selectDefaults, unconfirmedThresholds } from './rules';
export { levels, regions } from './schema';
export { criteriaMapping, type CriteriaMapping } from './transition';
