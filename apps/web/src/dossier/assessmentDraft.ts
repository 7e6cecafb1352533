import { createStore, del, get, set, values } from 'idb-keyval';
import { useEffect, useState } from 'react';

import type { EditorValues } from './assessmentValues';
import type { Assessment } from './types';

/**
 * A self-assessment as the officer types it, kept on the device in IndexedDB at each change: a
 * reload, a closed tab or a lost network loses nothing. `base` is the assessment it was started
 * from: its version goes in `If-Match`, so a draft the dossier has moved on from is answered 412
 * and merged, never silently written over someone else's values. Gone once the command is recorded.
 * Each user's own: on a device shared by two officers, neither sees nor sends the other's.
 */
export interface AssessmentDraft {
  /** Who typed it (their user id). */
  readonly writer: string;
  readonly dossierId: string;
  /** The dossier as its officer knows it: "Xã Nà Phặc — 2026". */
  readonly label: string;
  readonly base: Assessment;
  readonly values: EditorValues;
  readonly savedAt: string;
}

const store = () => createStore('ntm-drafts', 'assessments');
let opened: ReturnType<typeof store> | undefined;
const drafts = () => (opened ??= store());
const changed = new EventTarget();
const keyOf = (writer: string, dossierId: string) => `${writer}/${dossierId}`;

export async function saveDraft(draft: Omit<AssessmentDraft, 'savedAt'>): Promise<void> {
  await set(keyOf(draft.writer, draft.dossierId), { ...draft, savedAt: new Date().toISOString() }, drafts());
  changed.dispatchEvent(new Event('change'));
}

export async function discardDraft(writer: string, dossierId: string): Promise<void> {
  await del(keyOf(writer, dossierId), drafts());
  changed.dispatchEvent(new Event('change'));
}

export const draftOf = (writer: string, dossierId: string) => get<AssessmentDraft>(keyOf(writer, dossierId), drafts());

/** Every draft of `writer` on the device, the latest first: all of them, not a page. */
export async function allDrafts(writer: string): Promise<AssessmentDraft[]> {
  const all = (await values(drafts())) as AssessmentDraft[];
  return all.filter((draft) => draft.writer === writer).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** The value of `read` now and whenever a draft changes; `undefined` until first read. */
export function useDrafts<T>(read: () => Promise<T>, key: string): { readonly loaded: boolean; readonly value?: T } {
  const [state, setState] = useState<{ readonly loaded: boolean; readonly value?: T }>({ loaded: false });
  useEffect(() => {
    let live = true;
    const reload = () => void read().then((value) => live && setState({ loaded: true, value }));
    reload();
    changed.addEventListener('change', reload);
    return () => {
      live = false;
      changed.removeEventListener('change', reload);
    };
    // `read` is named by `key`: a new closure for the same key reads the same thing.
  }, [key]);
  return state;
}
