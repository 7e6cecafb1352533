import { useSyncExternalStore } from 'react';

/**
 * Evidence files still uploading, per dossier. A form sent before its files arrived would record
 * the dossier without them, and nothing would say so: its submit button waits for them instead.
 */
const counts = new Map<string, number>();
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

/** Counts one upload to the dossier until the returned function is called (once). */
export function trackUpload(dossierId: string): () => void {
  counts.set(dossierId, (counts.get(dossierId) ?? 0) + 1);
  notify();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (counts.get(dossierId) ?? 1) - 1;
    if (left > 0) counts.set(dossierId, left);
    else counts.delete(dossierId);
    notify();
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** How many of the dossier's evidence files are still on their way. */
export function useUploadsInFlight(dossierId: string): number {
  return useSyncExternalStore(subscribe, () => counts.get(dossierId) ?? 0);
}
