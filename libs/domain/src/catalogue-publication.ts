import type { CatalogueVersion } from '@ntm/catalogue';

import { ConflictError, fail, NotFoundError, ok, type Result, ValidationError } from './errors';

/**
 * A draft catalogue version (its texts not confirmed against the official decision) receives no
 * dossier in a province until the province's administrator publishes it there, naming the legal
 * texts it applies: an audited event of the stream `catalogue-publications-<province>`.
 */
export interface CatalogueVersionPublished {
  readonly type: 'CatalogueVersionPublished';
  readonly data: { readonly province: string; readonly catalogueVersion: string; readonly legalReference: string };
}

export interface PublishCatalogueVersion {
  readonly type: 'PublishCatalogueVersion';
  readonly data: CatalogueVersionPublished['data'];
}

/** Version id -> the legal reference it was published under in the province. */
export type CataloguePublications = ReadonlyMap<string, string>;

/** Types this fold does not know (written by a later version) are skipped. */
export function foldCataloguePublications(
  events: readonly { readonly type: string; readonly data: unknown }[],
  from: CataloguePublications = new Map(),
): CataloguePublications {
  return events.reduce<CataloguePublications>((published, event) => {
    if (event.type !== 'CatalogueVersionPublished') return published;
    const { catalogueVersion, legalReference } = (event as CatalogueVersionPublished).data;
    return new Map([...published, [catalogueVersion, legalReference]]);
  }, from);
}

/** Whether dossiers may be filed on `version` in a province with these publications. */
export const isPublished = (version: CatalogueVersion, publications: CataloguePublications): boolean =>
  version.status === 'published' || publications.has(version.id);

export function decidePublication(
  command: PublishCatalogueVersion,
  publications: CataloguePublications,
  catalogues: readonly CatalogueVersion[],
): Result<CatalogueVersionPublished[]> {
  const { catalogueVersion, legalReference } = command.data;
  const version = catalogues.find((v) => v.id === catalogueVersion);
  if (!version) {
    const messages = {
      messageVi: `Không có danh mục ${catalogueVersion}.`,
      messageEn: `No catalogue ${catalogueVersion}.`,
    };
    return fail(new NotFoundError({ code: 'catalogue.unknown-version', ...messages }));
  }
  if (legalReference.trim() === '') {
    const messages = {
      messageVi: 'Cần nêu văn bản pháp lý (quyết định của Thủ tướng, của UBND tỉnh).',
      messageEn: 'The legal reference is required.',
    };
    return fail(new ValidationError({ code: 'validation', ...messages, details: { field: 'legalReference' } }));
  }
  if (isPublished(version, publications)) {
    const messages = {
      messageVi: `Danh mục ${catalogueVersion} đã được công bố (${publications.get(catalogueVersion) ?? version.legalReference ?? ''}).`,
      messageEn: `Catalogue ${catalogueVersion} is already published.`,
    };
    return fail(new ConflictError({ code: 'catalogue.already-published', ...messages }));
  }
  return ok([{ type: 'CatalogueVersionPublished', data: command.data }]);
}
