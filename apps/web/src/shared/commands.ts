import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';

import { ApiProblem } from '../api/problem';

/** What a command sends besides its body: its idempotency key and the version the user saw. */
export interface CommandHeaders {
  readonly 'Idempotency-Key': string;
  readonly 'If-Match'?: string;
}

/**
 * The dossier version each of this tab's writes was answered with: its reads ask the API to wait
 * for the read model to reach it (`minVersion`), so a user sees what they just did.
 */
export const writtenVersions = new Map<string, number>();

export const ifMatch = (version: number | undefined) => (version === undefined ? {} : { 'If-Match': `W/"${version}"` });

/** A whole-dossier command's parameters: sent against the version of the dossier the user saw. */
export const dossierParams = (
  dossier: { readonly dossierId: string; readonly version: number },
  sent: CommandHeaders,
) => ({
  path: { dossierId: dossier.dossierId },
  header: { ...sent, ...ifMatch(dossier.version) },
});

/**
 * One user action that writes. A retry after a lost answer (network, 5xx) repeats the same
 * Idempotency-Key, so the API records it once; a refusal (4xx) or a success starts a new key.
 * On success the dossier's queries are read again.
 */
export function useCommand<Input, Output>(
  send: (input: Input, headers: CommandHeaders) => Promise<Output>,
  options: { readonly dossierId?: string; readonly onSuccess?: (output: Output) => void } = {},
) {
  const key = useRef(crypto.randomUUID());
  const queries = useQueryClient();
  return useMutation({
    // Sent even offline: the command says so at once (or keeps itself, as the survey's forms do)
    // instead of a button that spins until the network returns.
    networkMode: 'always',
    mutationFn: (input: Input) => send(input, { 'Idempotency-Key': key.current }),
    onSuccess: async (output) => {
      key.current = crypto.randomUUID();
      const version = (output as { version?: unknown }).version;
      if (options.dossierId && typeof version === 'number') writtenVersions.set(options.dossierId, version);
      await queries.invalidateQueries({ queryKey: options.dossierId ? ['dossier', options.dossierId] : ['dossiers'] });
      await queries.invalidateQueries({ queryKey: ['queue'] });
      options.onSuccess?.(output);
    },
    onError: (error) => {
      const answered = error instanceof ApiProblem && error.status >= 400 && error.status < 500;
      if (answered) key.current = crypto.randomUUID();
    },
  });
}
