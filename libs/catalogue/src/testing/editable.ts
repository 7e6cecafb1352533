import type { CatalogueVersion } from '../catalogue-version';

type Editable<T> = { -readonly [K in keyof T]: Editable<T[K]> };

/** A deep copy of a shipped version to edit in a test (shipped versions are frozen). */
export const editable = (version: CatalogueVersion) => structuredClone(version) as Editable<CatalogueVersion>;
