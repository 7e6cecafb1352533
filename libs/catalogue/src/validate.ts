import type { z } from 'zod';

import type { CatalogueVersion } from './catalogue-version';
import { CatalogueError } from './errors';
import { catalogueVersionSchema } from './schema';

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(gốc)'}: ${issue.message}`).join('; ');
}

/** Parses `data` with `schema`; a failure names the source and the path of every bad field. */
export function parseWith<T>(schema: z.ZodType<T>, source: string, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const detail = describe(result.error.issues);
  throw new CatalogueError(
    'invalid-data',
    `Dữ liệu danh mục sai (${source}): ${detail}`,
    `Invalid catalogue data (${source}): ${detail}`,
  );
}

export interface CatalogueIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** `data` as a catalogue version, or every field that keeps it from being one, by path (for a report naming each). */
export function checkCatalogue(
  data: unknown,
):
  | { readonly ok: true; readonly version: CatalogueVersion }
  | { readonly ok: false; readonly issues: CatalogueIssue[] } {
  const result = catalogueVersionSchema.safeParse(data);
  return result.success
    ? { ok: true, version: result.data }
    : { ok: false, issues: result.error.issues.map(({ path, message }) => ({ path, message })) };
}

export function validate(source: string, data: unknown): CatalogueVersion {
  return parseWith(catalogueVersionSchema, source, data);
}
