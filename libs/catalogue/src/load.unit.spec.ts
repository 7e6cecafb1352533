import { catalogueVersions } from './load';

describe('shipped catalogue', () => {
  it('loads', () => {
    expect(catalogueVersions().map((v) => v.id)).toEqual(['2022.1', '2025.1', '2026.1']);
  });
});
