import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';

import type { RoleGrant } from '@ntm/auth';

export interface IssuerAccount {
  readonly name: string;
  readonly grants: readonly RoleGrant[];
}

export interface IssuerSettings {
  readonly clientId: string;
  /** Where the issuer may send the browser back with a code. */
  readonly redirectUri: string;
  /** The `aud` of the access tokens it issues for the API. */
  readonly audience: string;
  /** By login (any password): the claims this system's API reads from an access token. */
  readonly accounts: Readonly<Record<string, IssuerAccount>>;
}

export interface OidcIssuer {
  /** The issuer identifier, which is also where its discovery document and `/jwks` are. */
  readonly url: string;
  /** Registers the web client and the accounts that may log in, then serves. */
  readonly configure: (settings: IssuerSettings) => Promise<void>;
  readonly stop: () => Promise<void>;
}

/** The issuer in test/support/oidc-issuer-process.mjs, in a process of its own, until `stop`. */
export async function startOidcIssuer(): Promise<OidcIssuer> {
  const child = spawn(process.execPath, [resolve(__dirname, 'oidc-issuer-process.mjs')], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const { issuer } = await nextLine<{ issuer: string }>(lines, child, () => stderr);
  return {
    url: issuer,
    configure: async (settings) => {
      child.stdin.write(`${JSON.stringify(settings)}\n`);
      await nextLine(lines, child, () => stderr);
    },
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin.end();
      await exited;
    },
  };
}

function nextLine<T>(lines: Interface, child: ChildProcessWithoutNullStreams, stderr: () => string): Promise<T> {
  return new Promise((done, fail) => {
    const exited = (code: number | null) => fail(new Error(`the OIDC issuer stopped (${code}): ${stderr()}`));
    child.once('exit', exited);
    lines.once('line', (line) => {
      child.off('exit', exited);
      done(JSON.parse(line) as T);
    });
  });
}
