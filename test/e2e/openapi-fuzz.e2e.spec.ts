import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

import type { Identity, Role } from '@ntm/auth';

import { apiJourney } from '../support/api-journey';
import { operationsOf, type OpenApiDocument } from '../support/openapi';

const run = promisify(execFile);

/** Bounded for CI on two cores: examples per operation; the hard stop (under Jest's ceiling) only catches a hung pass. */
const MAX_EXAMPLES = 20;
const PASS_LIMIT_MS = 840_000;
/** Fixed, so a CI failure reproduces; schemathesis prints it with every failure. */
const SEED = 1506;
const COMMUNE = '02008';
const PROVINCE = '19';

const person = (userId: string, role: Role, unit: string): Identity => ({
  userId,
  name: `Người dùng ${role}`,
  grants: [{ role, unit }],
});

/**
 * Who fuzzes what: the commune officer every operation (most answer 403 or 404 to them), the
 * province's auditor and administrator the routes that are theirs.
 */
const PASSES: readonly { readonly identity: Identity; readonly tags?: string }[] = [
  { identity: person('can-bo-thu-nghiem', 'commune-officer', COMMUNE) },
  { identity: person('thanh-tra-thu-nghiem', 'auditor', PROVINCE), tags: '^(audit|work-queues|communes|surveys)$' },
  { identity: person('quan-tri-thu-nghiem', 'administrator', PROVINCE), tags: '^(admin|diagnostics)$' },
];

interface HarEntry {
  readonly request: { readonly method: string; readonly url: string };
  readonly response: { readonly status: number; readonly headers: readonly { name: string; value: string }[] };
}

/**
 * Schemathesis (the tools venv) sends requests generated from the published document, valid and
 * not, to every operation, on a dossier of the commune: no answer may be a server error, a
 * status the document does not list, or a body or content type off its schema; and no request
 * the API refused may have left an event behind (each event carries the id of its request).
 */
describe('API fuzzed from its OpenAPI document', () => {
  const journey = apiJourney();
  const commune = journey.as('commune-officer', COMMUNE, { userId: PASSES[0].identity.userId });
  let workDir: string;
  let document: OpenApiDocument;
  let config: string;
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'ntm-fuzz-'));
    const system = journey.system();
    document = (await (await system.request('/api/docs/openapi.json')).json()) as OpenApiDocument;
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
    expect(registered.status).toBe(201);
    config = join(workDir, 'schemathesis.toml');
    await writeFile(config, `[parameters]\n"path.dossierId" = "${String(registered.body.dossierId)}"\n`);
  });
  afterAll(() => rm(workDir, { recursive: true, force: true }));

  // One test per identity: each pass has the whole test ceiling to itself, however many routes there are.
  it.each(PASSES.map((pass, index) => ({ ...pass, index, role: pass.identity.grants[0].role })))(
    'answers every request generated for the $role as documented and records nothing it refused',
    async ({ identity, tags, index }) => {
      const system = journey.system();
      const { accessToken } = await journey.sign(identity);
      const pass = await fuzz(system.api.url, `Bearer ${accessToken}`, tags, config, join(workDir, `${index}.har`));
      const refused = new Set(pass.entries.filter(({ response }) => response.status >= 300).map(requestIdOf));
      const rows: { requestId: string | null }[] = await system.db.dataSource.query(
        `select stream_id, type, metadata->>'requestId' as "requestId" from event_store.events`,
      );
      const writtenByRefused = rows.filter((row) => row.requestId !== null && refused.has(row.requestId));

      const serverErrors = pass.entries.filter(({ response }) => response.status >= 500);
      process.stdout.write(
        `schemathesis (${identity.userId}): ${operationsOf(document).length} operations, ${pass.entries.length} requests, ` +
          `${serverErrors.length} server errors, ${pass.undocumented} undocumented statuses, ` +
          `${rows.length} events written, ${writtenByRefused.length} by refused requests\n`,
      );
      expect(
        serverErrors.map(({ request, response }) => `${response.status} ${request.method} ${request.url}`),
      ).toEqual([]);
      expect(writtenByRefused).toEqual([]);
      expect(pass.failures).toBe('');
    },
  );
});

async function fuzz(apiUrl: string, authorization: string, tags: string | undefined, config: string, har: string) {
  const schemathesis = resolve('.tools', 'venv', 'bin', 'schemathesis');
  const args = [
    '--config-file',
    config,
    'run',
    `${apiUrl}/api/docs/openapi.json`,
    '--url',
    apiUrl,
    ...(tags ? ['--include-tag-regex', tags] : []),
    '--header',
    `Authorization: ${authorization}`,
    '--checks',
    'not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance',
    '--phases',
    'examples,coverage,fuzzing',
    '--max-examples',
    String(MAX_EXAMPLES),
    '--seed',
    String(SEED),
    '--workers',
    '2',
    '--request-timeout',
    '120',
    '--generation-database',
    'none',
    '--no-color',
    '--report',
    'har',
    '--report-har-path',
    har,
  ];
  const { stdout } = await run(schemathesis, args, {
    cwd: dirname(har),
    timeout: PASS_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; code?: number | string; killed?: boolean }) => {
    if (error.killed || typeof error.code !== 'number') throw error;
    return { stdout: error.stdout ?? '' };
  });
  const entries = (JSON.parse(await readFile(har, 'utf8')) as { log: { entries: HarEntry[] } }).log.entries;
  const undocumented = Number(/Undocumented status code: (\d+)/.exec(stdout)?.[1] ?? 0);
  const failed = /^Failures:$/m.test(stdout) || /Errors?:$/m.test(stdout);
  return { entries, undocumented, failures: failed ? stdout : '' };
}

function requestIdOf({ response }: HarEntry): string | undefined {
  return response.headers.find(({ name }) => name.toLowerCase() === 'x-request-id')?.value;
}
