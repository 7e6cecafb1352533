import { z } from 'zod';

import type { CatalogueVersion, Department } from './catalogue-version';
import { dataFiles } from './data-files';
import { CatalogueError } from './errors';
import {
  assignmentFileSchema,
  criteriaSetSchema,
  departmentSchema,
  provinceCompletionSchema,
  provinceOverrideSchema,
  regimeSchema,
} from './schema';
import { parseWith, validate } from './validate';

const dataPath = z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9.-]+\.json$/, 'đường dẫn tệp trong data/');

/** A version manifest names the shared files it is composed of, so unchanged sets are never copied. */
const manifestSchema = z.strictObject({
  id: z.string(),
  publishedAt: z.string(),
  status: z.enum(['draft', 'published']),
  legalReference: z.string().optional(),
  title: z.string(),
  departments: z.array(dataPath).min(1),
  criteriaSets: z.array(dataPath).min(1),
  regimes: z.array(dataPath).min(1),
  assignments: z.strictObject({ national: z.array(dataPath), provinces: z.record(z.string(), dataPath) }),
  provinceCompletion: dataPath.optional(),
});

/** A later departments file adds departments and retires others into their successors (2025 mergers). */
const reorganisationSchema = z.strictObject({
  added: z.array(departmentSchema),
  retired: z.array(
    z.strictObject({
      code: z.string(),
      mergedInto: z.string(),
      splitInto: z.record(z.string(), z.record(z.string(), z.string())).optional(),
      validTo: z.iso.date(),
    }),
  ),
});
const departmentFileSchema = z.union([z.array(departmentSchema), reorganisationSchema]);

type Files = Readonly<Record<string, unknown>>;

function read<T>(files: Files, path: string, schema: z.ZodType<T>): T {
  if (!(path in files)) {
    throw new CatalogueError('invalid-data', `Thiếu tệp dữ liệu ${path}`, `Missing data file ${path}`);
  }
  return parseWith(schema, `data/${path}`, files[path]);
}

function departments(files: Files, paths: readonly string[]): Department[] {
  return paths.reduce<Department[]>((list, path) => {
    const file = read(files, path, departmentFileSchema);
    if (Array.isArray(file)) return [...list, ...file];
    const retired = new Map(file.retired.map((r) => [r.code, r]));
    return [...list.map((d) => ({ ...d, ...retired.get(d.code), code: d.code })), ...file.added];
  }, []);
}

/** Builds one version from its manifest and the files it names, then checks the whole. */
export function composeVersion(files: Files, manifestPath: string): CatalogueVersion {
  const manifest = read(files, manifestPath, manifestSchema);
  const national = manifest.assignments.national.map((path) => read(files, path, assignmentFileSchema));
  const provinces = Object.entries(manifest.assignments.provinces).map(
    ([code, path]) => [code, read(files, path, provinceOverrideSchema)] as const,
  );
  const completion = manifest.provinceCompletion;
  return validate(`data/${manifestPath}`, {
    id: manifest.id,
    publishedAt: manifest.publishedAt,
    status: manifest.status,
    ...(manifest.legalReference ? { legalReference: manifest.legalReference } : {}),
    title: manifest.title,
    departments: departments(files, manifest.departments),
    criteriaSets: manifest.criteriaSets.map((path) => read(files, path, criteriaSetSchema)),
    assignments: { national: Object.assign({}, ...national), provinces: Object.fromEntries(provinces) },
    regimes: manifest.regimes.map((path) => read(files, path, regimeSchema)),
    ...(completion && { provinceCompletion: read(files, completion, provinceCompletionSchema) }),
  });
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

let shipped: readonly CatalogueVersion[] | undefined;

/** Every shipped version, oldest first, validated once; frozen, since dossiers and callers share them. */
export function catalogueVersions(): readonly CatalogueVersion[] {
  shipped ??= deepFreeze(
    Object.keys(dataFiles)
      .filter((path) => path.startsWith('versions/'))
      .map((path) => composeVersion(dataFiles, path))
      .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)),
  );
  return shipped;
}

/** One shipped version by id; without an id, the latest published. */
export function loadCatalogue(version?: string): CatalogueVersion {
  const versions = catalogueVersions();
  const found = version === undefined ? versions.at(-1) : versions.find((v) => v.id === version);
  if (!found) {
    throw new CatalogueError(
      'unknown-version',
      `Không có phiên bản danh mục ${version}`,
      `No catalogue version ${version}`,
    );
  }
  return found;
}
