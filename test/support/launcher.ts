import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const launcher = resolve(root, 'dist/scripts/start.js');

/** The launcher is run as users run it: compiled, as its own process. Built once if missing. */
export function ensureBuilt(): void {
  if (!existsSync(launcher)) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore' });
}

export interface LauncherRun {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/** Environment is replaced, not merged, so the developer's own settings never leak into a test. */
export const childEnvironment = (env: Record<string, string>): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '/tmp',
  LOG_LEVEL: 'warn',
  ...env,
});

export function runLauncher(env: Record<string, string>): LauncherRun {
  const child = spawn(process.execPath, [launcher], {
    cwd: root,
    env: childEnvironment(env),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, stderr: () => stderr, exited };
}

export async function waitForOutput(run: LauncherRun, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.stderr().includes(text)) {
    if (run.child.exitCode !== null) throw new Error(`launcher exited ${run.child.exitCode}:\n${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}":\n${run.stderr()}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}
