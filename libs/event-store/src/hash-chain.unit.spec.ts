import { eventHash, type StoredLink, StreamChainCheck } from './hash-chain';

function chain(length: number): StoredLink[] {
  const links: StoredLink[] = [];
  for (let version = 1; version <= length; version++) {
    const fields = {
      streamId: 's-1',
      version,
      eventId: `00000000-0000-4000-8000-00000000000${version}`,
      type: 'Noted',
      schemaVersion: 1,
      data: { n: version },
      metadata: {},
      recordedAt: new Date(Date.UTC(2025, 0, version)),
      prevHash: links.at(-1)?.hash ?? null,
    };
    links.push({ ...fields, position: version * 10, hash: eventHash(fields) });
  }
  return links;
}

function check(links: StoredLink[], head = { version: links.length, lastHash: links.at(-1)?.hash ?? '' }) {
  const checker = new StreamChainCheck('s-1');
  for (const link of links) {
    const broken = checker.next(link);
    if (broken) return broken;
  }
  return checker.end(head);
}

describe('hash chain', () => {
  it('accepts an intact chain ending at the stream head', () => {
    expect(check(chain(3))).toBeUndefined();
  });

  it('does not depend on the key order of data', () => {
    const [link] = chain(1);
    expect(eventHash({ ...link, data: { b: 1, a: 2 } })).toBe(eventHash({ ...link, data: { a: 2, b: 1 } }));
  });

  it('covers every stored field, recorded-at included', () => {
    const [link] = chain(1);
    expect(eventHash({ ...link, recordedAt: new Date(link.recordedAt.getTime() + 1) })).not.toBe(link.hash);
    expect(eventHash({ ...link, metadata: { actor: 'x' } })).not.toBe(link.hash);
    expect(eventHash({ ...link, schemaVersion: 2 })).not.toBe(link.hash);
  });

  it('names the first broken link: changed content, a relinked event, a gap, a lost tail', () => {
    const links = chain(4);
    expect(check([links[0], { ...links[1], data: { n: 9 } }, ...links.slice(2)])).toMatchObject({
      version: 2,
      position: 20,
      reason: 'hash-mismatch',
    });
    expect(check([links[0], { ...links[1], prevHash: null }])).toMatchObject({ version: 2, reason: 'broken-link' });
    expect(check([links[0], links[2]])).toMatchObject({ version: 3, reason: 'missing-version' });
    expect(check(links.slice(0, 3), { version: 4, lastHash: links[3].hash })).toMatchObject({
      version: 3,
      reason: 'head-mismatch',
    });
  });
});
