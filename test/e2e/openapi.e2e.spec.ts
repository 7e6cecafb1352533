import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { loadTestSettings } from '@ntm/config';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { operationsOf, type OpenApiDocument, typedCallsOf } from '../support/openapi';

const run = promisify(execFile);
const PROBLEM_SCHEMA = '#/components/schemas/ProblemDetailsSchema';
const WEB_CLIENT = join('apps', 'web', 'src', 'api');

/**
 * The published document is what clients are generated from: each operation must say what it
 * answers and how it refuses, and a client generated from it must type-check a call to each.
 */
describe('OpenAPI document', () => {
  let system: TestSystem;
  let document: OpenApiDocument;
  beforeAll(async () => {
    system = await startTestSystem();
    document = (await (await system.request('/api/docs/openapi.json')).json()) as OpenApiDocument;
  });
  afterAll(() => system?.stop());

  it('documents a success body for every operation', () => {
    const withoutBody = operationsOf(document)
      .filter(({ operation }) =>
        Object.entries(operation.responses).every(([status, response]) => !status.startsWith('2') || !response.content),
      )
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(withoutBody).toEqual([]);
  });

  it('documents the refusals of every operation as problem+json: bad input, outages, and 401 behind a token', () => {
    const refusals = operationsOf(document).map(({ method, path, operation }) => {
      const statuses = Object.entries(operation.responses).filter(([status]) => /^[45]/.test(status));
      const wrong = statuses
        .filter(([, response]) => response.content?.['application/problem+json']?.schema?.$ref !== PROBLEM_SCHEMA)
        .map(([status]) => status);
      const expected = ['400', '503', ...(operation.security ? ['401'] : [])];
      const missing = expected.filter((status) => !operation.responses[status]);
      return { operation: `${method.toUpperCase()} ${path}`, missing, wrong };
    });
    expect(refusals.filter(({ missing, wrong }) => missing.length > 0 || wrong.length > 0)).toEqual([]);
  });

  it('generates a typed client that calls every operation and reads its success body', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ntm-openapi-'));
    try {
      await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
      await run(join('node_modules', '.bin', 'openapi-typescript'), [
        join(dir, 'openapi.json'),
        '-o',
        join(dir, 'api.d.ts'),
      ]);
      await writeFile(join(dir, 'calls.ts'), typedCallsOf(document));
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(checkConfig(process.cwd())));
      const checked = await run(join('node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')]).then(
        () => '',
        (error: { stdout: string }) => error.stdout,
      );
      expect(checked).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it('is the document the web client was generated from (NTM_UPDATE_WEB_CLIENT=true writes it)', async () => {
    const served = `${JSON.stringify(document, null, 2)}\n`;
    const generate = (to: string) =>
      run(join('node_modules', '.bin', 'openapi-typescript'), [join(WEB_CLIENT, 'openapi.json'), '-o', to]);
    if (loadTestSettings().NTM_UPDATE_WEB_CLIENT === 'true') {
      await writeFile(join(WEB_CLIENT, 'openapi.json'), served);
      await generate(join(WEB_CLIENT, 'schema.d.ts'));
    }
    expect(await readFile(join(WEB_CLIENT, 'openapi.json'), 'utf8')).toBe(served);
    const dir = await mkdtemp(join(tmpdir(), 'ntm-web-client-'));
    try {
      await generate(join(dir, 'schema.d.ts'));
      const [fresh, committed] = await Promise.all([
        readFile(join(dir, 'schema.d.ts'), 'utf8'),
        readFile(join(WEB_CLIENT, 'schema.d.ts'), 'utf8'),
      ]);
      expect(committed === fresh).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Strict, no emit; `openapi-fetch` resolved from the repository's node_modules. */
function checkConfig(root: string) {
  return {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'es2022',
      module: 'commonjs',
      moduleResolution: 'node',
      skipLibCheck: true,
      types: [],
      baseUrl: root,
      paths: { 'openapi-fetch': ['node_modules/openapi-fetch'] },
    },
    files: ['api.d.ts', 'calls.ts'],
  };
}
