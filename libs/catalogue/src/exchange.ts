import { parse, stringify } from 'yaml';

import type { CatalogueVersion } from './catalogue-version';
import { validate } from './validate';

export type ExchangeFormat = 'json' | 'yaml';

/** A whole catalogue version as one self-contained document, for review or for another installation. */
export function exportCatalogue(catalogue: CatalogueVersion, format: ExchangeFormat): string {
  return format === 'json' ? `${JSON.stringify(catalogue, null, 2)}\n` : stringify(catalogue);
}

/** Reads an exported document back; malformed content fails with the path of the bad field. */
export function importCatalogue(text: string, format: ExchangeFormat): CatalogueVersion {
  const data: unknown = format === 'json' ? JSON.parse(text) : parse(text);
  return validate('catalogue', data);
}
