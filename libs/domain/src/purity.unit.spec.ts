import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * libs/domain is the pure core: no framework, no I/O, no network. Besides its own modules it uses
 * only the two other pure libraries: the catalogue (rules and data, bundled without I/O) and the
 * working-day calendar.
 */
const PURE_LIBRARIES = ['@ntm/catalogue', '@ntm/calendar'];
const root = __dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The specifier of every import, export-from, require and dynamic import. */
function imports(text: string): string[] {
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?[^'";]*?\s*from\s*['"]([^'"]+)['"]/g,
    /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
}

describe('libs/domain imports nothing from Nest, Temporal, TypeORM, pg, Node or the network', () => {
  const files = sources(root).filter((f) => !f.includes(`${join(root, 'testing')}`));

  it('scans the sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
    const offending = imports(readFileSync(file, 'utf8')).filter(
      (specifier) => !specifier.startsWith('.') && !PURE_LIBRARIES.includes(specifier),
    );
    expect(offending).toEqual([]);
  });

  it('the scanner catches what it must', () => {
    expect(imports("import { Injectable } from '@nestjs/common';")).toEqual(['@nestjs/common']);
    expect(imports("import type { Regime } from '@ntm/catalogue';")).toEqual(['@ntm/catalogue']);
    expect(imports("export { type Regime } from '@ntm/catalogue';")).toEqual(['@ntm/catalogue']);
    expect(imports("import 'reflect-metadata';")).toEqual(['reflect-metadata']);
    expect(imports("const pg = require('pg');")).toEqual(['pg']);
    expect(imports("await import('node:fs');")).toEqual(['node:fs']);
  });
});
