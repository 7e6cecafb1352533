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

/** Every field of `data` that is not a valid catalogue version, by path: for a report that names each. */
export function catalogueIssues(data: unknown): { readonly path: readonly PropertyKey[]; readonly message: string }[] {
  const result = catalogueVersionSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

export function validate(source: string, data: unknown): CatalogueVersion {
  return parseWith(catalogueVersionSchema, source, data);
}
