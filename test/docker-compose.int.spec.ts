import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { parse } from 'yaml';

import { loadConfig } from '@ntm/config';

const root = resolve(__dirname, '..');
const composeFile = resolve(root, 'docker-compose.yml');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: unknown };
  environment?: Record<string, string>;
}

describe('docker-compose.yml: the production-like topology', () => {
  const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;

  it('runs PostgreSQL, Temporal backed by it, the Temporal UI, the API and the worker as separate services', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'temporal', 'temporal-ui', 'api', 'worker']),
    );
    expect(services.temporal.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'postgres' });
  });

  it('starts the apps from the built image with the production entry points, pointing at the services', () => {
    expect(services.api.command).toEqual(['node', 'dist/apps/api/src/main.js']);
    expect(services.worker.command).toEqual(['node', 'dist/apps/worker/src/main.js']);
    for (const name of ['api', 'worker']) {
      expect(services[name].build).toBe('.');
      expect(services[name].environment).toMatchObject({ TEMPORAL_ADDRESS: 'temporal:7233' });
      expect(services[name].environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
    }
  });

  it('keeps evidence files in the MinIO bucket every API replica shares, created before the API starts', () => {
    expect(services.minio.healthcheck).toBeDefined();
    expect(services['minio-setup'].depends_on).toEqual({ minio: { condition: 'service_healthy' } });
    expect(services.api.depends_on).toMatchObject({ 'minio-setup': { condition: 'service_completed_successfully' } });
    expect(services.api.environment).toMatchObject({
      EVIDENCE_S3_ENDPOINT: expect.stringContaining('minio:9000'),
      EVIDENCE_S3_BUCKET: expect.any(String),
    });
  });

  it('e-mails the notifications from the worker through Mailpit unless SMTP_URL names a relay (#23)', () => {
    expect(services.worker.environment).toMatchObject({ SMTP_URL: '${SMTP_URL:-smtp://mailpit:1025}' });
    expect(services.worker.depends_on).toMatchObject({ mailpit: { condition: 'service_started' } });
  });

  it('orders start-up by health: migrations after PostgreSQL, the API after migrations and Temporal', () => {
    expect(services.postgres.healthcheck).toBeDefined();
    expect(services.temporal.healthcheck).toBeDefined();
    expect(services.api.healthcheck).toBeDefined();
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.api.depends_on).toMatchObject({
      migrate: { condition: 'service_completed_successfully' },
      temporal: { condition: 'service_healthy' },
    });
  });

  const composeCommand = findComposeCommand();
  const whereAvailable = composeCommand ? it : it.skip;
  whereAvailable(`is accepted by \`${composeCommand?.join(' ') ?? 'docker compose'} config\``, () => {
    const [command, ...prefix] = composeCommand ?? [];
    // The identity provider is the operator's to name: compose refuses to run without it.
    const env = {
      PATH: loadConfig().PATH,
      AUTH_ISSUER: 'https://id.example.gov.vn',
      AUTH_JWKS_URL: 'https://id.example.gov.vn/jwks',
      AUDIT_SIGNING_KEY: 'MC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    };
    const run = spawnSync(command, [...prefix, '-f', composeFile, 'config', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      env,
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });
});

/** `docker compose` (plugin) or `docker-compose` (standalone), whichever answers `version`. */
function findComposeCommand(): string[] | undefined {
  const candidates = [['docker', 'compose'], ['docker-compose']];
  return candidates.find(
    ([command, ...prefix]) => spawnSync(command, [...prefix, 'version'], { encoding: 'utf8' }).status === 0,
  );
}
