import { UpcasterRegistry } from './upcasters';

describe('upcasters', () => {
  const registry = new UpcasterRegistry()
    .register('Scored', 1, (data: { score: number }) => ({ points: data.score }))
    .register('Scored', 2, (data: { points: number }) => ({ points: data.points, scale: 100 }));

  it('chains v1 -> v2 -> v3 and stamps the schema version read', () => {
    expect(registry.upcast({ type: 'Scored', schemaVersion: 1, data: { score: 7 } })).toEqual({
      type: 'Scored',
      schemaVersion: 3,
      data: { points: 7, scale: 100 },
    });
  });

  it('leaves current versions and other types as they are', () => {
    const current = { type: 'Scored', schemaVersion: 3, data: { points: 1, scale: 100 } };
    expect(registry.upcast(current)).toBe(current);
    const other = { type: 'Noted', schemaVersion: 1, data: {} };
    expect(registry.upcast(other)).toBe(other);
  });

  it('refuses two upcasters for the same type and version', () => {
    expect(() => registry.register('Scored', 1, (data: unknown) => data)).toThrow(/twice/);
  });
});
