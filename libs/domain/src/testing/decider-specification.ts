/** Given events / when command / then events or error code (after Emmett's DeciderSpecification). */
import type { DossierCommand } from '../commands';
import { decide } from '../decide';
import type { DossierEvent, DossierEventType } from '../events';
import { aggregate } from '../evolve';

export interface Then {
  /** The decision is these event types, in order; `data` (if given) is matched partially per event. */
  thenEmits(types: readonly DossierEventType[], data?: readonly Record<string, unknown>[]): readonly DossierEvent[];
  /** The decision is a refusal with this code (and, if given, this kind). */
  thenFails(code: string, kind?: string): void;
}

export function given(events: readonly DossierEvent[]) {
  return {
    when(command: DossierCommand): Then {
      const result = decide(command, aggregate(events));
      return {
        thenEmits(types, data) {
          if (!result.ok) throw new Error(`expected ${types.join(', ')} but was refused: ${result.error.code}`);
          expect(result.value.map((e) => e.type)).toEqual(types);
          if (data) data.forEach((d, i) => expect(result.value[i]?.data).toMatchObject(d));
          for (const event of result.value) expect(event.metadata).toMatchObject(command.metadata);
          return result.value;
        },
        thenFails(code, kind) {
          if (result.ok) throw new Error(`expected ${code} but emitted ${result.value.map((e) => e.type).join(', ')}`);
          expect(result.error.code).toBe(code);
          if (kind) expect(result.error.kind).toBe(kind);
        },
      };
    },
  };
}
