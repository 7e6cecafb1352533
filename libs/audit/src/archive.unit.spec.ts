import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import canonicalize from 'canonicalize';
import fc from 'fast-check';

const VERIFIER = join(__dirname, '../../../tools/verify-archive.mjs');

/**
 * The offline verifier must hash the same bytes as the store: its vendored canonicalization runs
 * (in a child Node process: it is an ES module with no project imports) over values fast-check
 * generates, and each result must equal the `canonicalize` package's.
 */
function vendoredCanonicalize(values: readonly unknown[]): string[] {
  const script = `import { canonicalize } from ${JSON.stringify(VERIFIER)};
    let input = ''; process.stdin.on('data', (c) => (input += c));
    process.stdin.on('end', () => process.stdout.write(JSON.stringify(JSON.parse(input).map(canonicalize))));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: JSON.stringify(values),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString('utf8')) as string[];
}

describe('the offline verifier’s canonical JSON (RFC 8785)', () => {
  it('equals the canonicalize package on generated JSON values, text and numbers included', () => {
    const json = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.string({ unit: 'grapheme' }),
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()),
      ),
      fc.array(
        fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ unit: 'binary' })),
      ),
    );
    // The verifier canonicalizes what JSON.parse returns: compare on exactly those values.
    const values = fc.sample(json, { numRuns: 500, seed: 8785 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    const vendored = vendoredCanonicalize(values);
    values.forEach((value, index) => expect(vendored[index]).toBe(canonicalize(value)));
  });

  it('sorts keys by UTF-16 code units and writes numbers the ECMAScript way', () => {
    const value = { é: 1, z: [1e21, 0.1, -0, 5e-7], a: { '\u20ac': 'x', '\ud83d\ude00': 'y', '\r': 'z' } };
    expect(vendoredCanonicalize([value])).toEqual([canonicalize(value)]);
  });
});
