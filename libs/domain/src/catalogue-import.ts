import { type CatalogueVersion, derivationProblems, nationalVersionOf } from '@ntm/catalogue';

import { fail, ForbiddenError, NotFoundError, ok, type Result } from './errors';

/**
 * A province's own catalogue version, imported by its administrator from the provinces' sheet (XLSX)
 * or a JSON document: derived from a national version, which it may only extend and make stricter.
 * It is a draft, as every version not transcribed from a confirmed decision, until the province
 * publishes it with its legal reference (catalogue-publication.ts). An audited event of the stream
 * `catalogue-versions-<province>`, carrying the whole version so the record alone can replay it.
 */
export interface CatalogueVersionImported {
  readonly type: 'CatalogueVersionImported';
  readonly data: {
    readonly province: string;
    readonly version: CatalogueVersion;
    /** The file it was read from, so an auditor can match the province's copy. */
    readonly source: { readonly format: 'xlsx' | 'json'; readonly sha256: string };
  };
}

export interface ImportCatalogueVersion {
  readonly type: 'ImportCatalogueVersion';
  readonly data: CatalogueVersionImported['data'] & {
    /** The version it derives from: a national one, or the province's own earlier one. */
    readonly basedOn: string;
  };
}

/** Version id -> a province's imported version. */
export type ImportedVersions = ReadonlyMap<string, CatalogueVersion>;

/** Types this fold does not know (written by a later version) are skipped. */
export function foldImportedVersions(
  events: readonly { readonly type: string; readonly data: unknown }[],
  from: ImportedVersions = new Map(),
): ImportedVersions {
  return events.reduce<ImportedVersions>((imported, event) => {
    if (event.type !== 'CatalogueVersionImported') return imported;
    const { version } = (event as CatalogueVersionImported).data;
    return new Map([...imported, [version.id, version]]);
  }, from);
}

/** 2026.1-19.1, 2026.1-19.2, …: the national version it descends from, the province, a running number. */
function nextId(base: CatalogueVersion, province: string, imported: ImportedVersions): string {
  const prefix = `${nationalVersionOf(base.id)}-${province}.`;
  const taken = [...imported.keys()].filter((id) => id.startsWith(prefix)).length;
  return `${prefix}${taken + 1}`;
}

export function decideImport(
  command: ImportCatalogueVersion,
  imported: ImportedVersions,
  shipped: readonly CatalogueVersion[],
): Result<CatalogueVersionImported[]> {
  const { province, basedOn, version: candidate, source } = command.data;
  const base = shipped.find((v) => v.id === basedOn && !v.province) ?? imported.get(basedOn);
  if (!base) {
    return fail(
      new NotFoundError({
        code: 'catalogue.unknown-version',
        messageVi: `Không có danh mục ${basedOn} để làm gốc.`,
        messageEn: `No catalogue ${basedOn} to derive from.`,
        details: { field: 'basedOn' },
      }),
    );
  }
  const problems = derivationProblems(base, candidate);
  if (problems.length > 0) {
    return fail(
      new ForbiddenError({
        code: 'catalogue.derivation-refused',
        messageVi: `Danh mục của tỉnh chỉ được thêm tiêu chí, chỉ tiêu và nâng ngưỡng so với ${base.id}: ${problems.map((p) => p.messageVi).join('; ')}.`,
        messageEn: `A province's catalogue may only add criteria or indicators and raise thresholds over ${base.id}: ${problems.map((p) => p.messageEn).join('; ')}.`,
        details: { basedOn: base.id, problems },
      }),
    );
  }
  const { legalReference: _confirmedOnlyByPublication, ...rest } = candidate;
  const version = {
    ...rest,
    id: nextId(base, province, imported),
    status: 'draft',
    basedOn: base.id,
    province,
  } as const;
  return ok([{ type: 'CatalogueVersionImported', data: { province, version, source } }]);
}
