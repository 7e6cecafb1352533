import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** libs/domain is the pure core: no framework, no I/O, no network; only relative imports and catalogue types. */
const root = __dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every import/export-from/require/dynamic import with its specifier, and whether it is type-only. */
function imports(text: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(statement)) {
    const clause = m[3] ?? '';
    const inlineTypesOnly =
      /^\{[^}]*\}$/.test(clause.trim()) &&
      clause
        .replace(/[{}\s]/g, '')
        .split(',')
        .filter(Boolean)
        .every((n) => n.startsWith('type'));
    found.push({ specifier: m[4]!, typeOnly: Boolean(m[2]) || inlineTypesOnly });
  }
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g))
    found.push({ specifier: m[1]!, typeOnly: false });
  for (const m of text.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

describe('libs/domain imports nothing from Nest, Temporal, TypeORM, pg, Node or the network', () => {
  const files = sources(root).filter((f) => !f.includes(`${join(root, 'testing')}`));

  it('scans the sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
    const offending = imports(readFileSync(file, 'utf8')).filter(
      ({ specifier, typeOnly }) => !specifier.startsWith('.') && !(specifier === '@ntm/catalogue' && typeOnly),
    );
    expect(offending).toEqual([]);
  });

  it('the scanner catches what it must', () => {
    expect(imports("import { Injectable } from '@nestjs/common';")).toEqual([
      { specifier: '@nestjs/common', typeOnly: false },
    ]);
    expect(imports("import { resolveThreshold } from '@ntm/catalogue';")[0]?.typeOnly).toBe(false);
    expect(imports("import type { Regime } from '@ntm/catalogue';")[0]?.typeOnly).toBe(true);
    expect(imports("export type { Regime } from '@ntm/catalogue';")[0]?.typeOnly).toBe(true);
    expect(imports("import { type Regime } from '@ntm/catalogue';")[0]?.typeOnly).toBe(true);
    expect(imports("const pg = require('pg');")).toEqual([{ specifier: 'pg', typeOnly: false }]);
    expect(imports("await import('node:fs');")).toEqual([{ specifier: 'node:fs', typeOnly: false }]);
  });
});
