import { catalogueVersions } from '@ntm/catalogue';

import { decidePublication, foldCataloguePublications, isPublished } from './catalogue-publication';

const publish = (catalogueVersion: string, legalReference = 'QĐ 51/2025/QĐ-TTg; QĐ 1/QĐ-UBND') =>
  ({ type: 'PublishCatalogueVersion', data: { province: '19', catalogueVersion, legalReference } }) as const;
const version = (id: string) => catalogueVersions().find((v) => v.id === id)!;

describe('publication of a draft catalogue version by a province', () => {
  it('2026.1 ships as a draft; the 2021–2025 versions transcribe published decisions', () => {
    expect(isPublished(version('2026.1'), new Map())).toBe(false);
    expect(isPublished(version('2022.1'), new Map())).toBe(true);
  });

  it('a province publishes a draft with its legal reference, once', () => {
    const decision = decidePublication(publish('2026.1'), new Map(), catalogueVersions());
    expect(decision).toMatchObject({ ok: true, value: [{ type: 'CatalogueVersionPublished' }] });
    const published = foldCataloguePublications(decision.ok ? decision.value : []);
    expect(isPublished(version('2026.1'), published)).toBe(true);
    expect(decidePublication(publish('2026.1'), published, catalogueVersions())).toMatchObject({
      error: { kind: 'conflict', code: 'catalogue.already-published' },
    });
  });

  it('refuses a blank reference, an unknown version, and a version already published by its decisions', () => {
    const none = new Map<string, string>();
    expect(decidePublication(publish('2026.1', ' '), none, catalogueVersions())).toMatchObject({
      error: { kind: 'validation', details: { field: 'legalReference' } },
    });
    expect(decidePublication(publish('2099.1'), none, catalogueVersions())).toMatchObject({
      error: { kind: 'not-found', code: 'catalogue.unknown-version' },
    });
    expect(decidePublication(publish('2022.1'), none, catalogueVersions())).toMatchObject({
      error: { code: 'catalogue.already-published' },
    });
  });
});
