import { randomUUID } from 'node:crypto';

import type { DossierCommand } from '@ntm/domain';
import {
  clearStep,
  cmd,
  filingCommands,
  pinnedRules,
  recognitionCommands,
  run,
  twoTierRegime,
} from '@ntm/domain/testing/fixtures';
import type { NewEvent } from '@ntm/event-store';
import { dossierStreamId, surveyStreamId } from '@ntm/event-store';
import { response, run as runSurvey, surveyCmd } from '@ntm/survey/testing/fixtures';
import { loadAdministrativeUnits } from '@ntm/units';

/**
 * A national history for `bench:national` (issue #25): every rural commune of the 2025 structure
 * (xã and đặc khu of the 34 provinces) with its dossiers since 2021 and their MTTQ surveys, at the
 * shares the seeds report (about four in five communes recognised NTM by 2025, a third of those
 * going on to nâng cao, a quarter of these to kiểu mẫu; some in review, refused, revoked; one in
 * fifty contested by residents during its public posting, with a few hundred events).
 *
 * Each outcome is decided once by the domain (the fixtures' commands through decide/evolve) and
 * re-addressed per dossier: the store receives the events the procedure makes, through its append.
 */
export interface StreamHistory {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
}

const YEARS = [2021, 2022, 2023, 2024, 2025, 2026] as const;
export const SIMULATED_YEARS = YEARS.length;

/** The fixtures' departments as Thái Nguyên's demo appraiser holds them, so its work queue has rows. */
const DEPARTMENTS: Readonly<Record<string, string>> = {
  'xay-dung': 'SXD',
  'thong-ke': 'SNNMT',
  ldtbxh: 'SNV',
  'cong-an': 'CA',
};

type Outcome = 'recognised' | 'supplemented' | 'contested' | 'revoked' | 'in-review' | 'refused' | 'filing';

/** Residents' comments on a contested self-assessment, each answered by the commune. */
const CONTESTED_COMMENTS = 150;

const recognition = (): DossierCommand[] => [...recognitionCommands(twoTierRegime), cmd.announceRecognition()];
const OUTCOMES: Readonly<Record<Outcome, () => DossierCommand[]>> = {
  recognised: recognition,
  // A department asked the commune for a missing document before appraising its criterion.
  supplemented: () => {
    const [submit, assign, ...rest] = clearStep('province');
    const supplement = [cmd.requestSupplement('c-income'), cmd.provideSupplement('c-income')];
    return [...filingCommands(), submit!, assign!, ...supplement, ...rest, cmd.issue(), cmd.announceRecognition()];
  },
  contested: () => {
    const [register, selfAssess, post, , , close, survey] = filingCommands();
    const comments = Array.from({ length: CONTESTED_COMMENTS }, (_, i) => [
      cmd.comment(`cm-${i}`),
      cmd.answer(`cm-${i}`),
    ]);
    return [register!, selfAssess!, post!, ...comments.flat(), close!, survey!, ...clearStep('province'), cmd.issue()];
  },
  revoked: () => [...recognition(), cmd.proposeRevocation(['c-income', 'c-poverty']), cmd.revoke()],
  'in-review': () => [...filingCommands(), cmd.submit('province'), cmd.assign('province')],
  refused: () => [...filingCommands(pinnedRules(twoTierRegime)), ...clearStep('province'), cmd.refuse()],
  filing: () => filingCommands().slice(0, 3),
};

/** One JSON text per outcome, decided once: a dossier is its template with its own ids written in. */
const templates = new Map(
  (Object.keys(OUTCOMES) as Outcome[]).map((outcome) => [outcome, JSON.stringify(run(OUTCOMES[outcome]()).events)]),
);

/** A campaign of two villages, 120 households answering, closed: the MTTQ survey of one dossier. */
const surveyTemplate = (() => {
  const events: Parameters<typeof runSurvey>[1] = [];
  runSurvey(
    [surveyCmd.open(), ...Array.from({ length: 120 }, (_, n) => surveyCmd.record(response(n + 1))), surveyCmd.close()],
    events,
  );
  return JSON.stringify(events);
})();

interface Dossier {
  readonly dossierId: string;
  readonly unit: string;
  readonly province: string;
  readonly level: 'ntm' | 'advanced' | 'model';
  readonly year: number;
  readonly outcome: Outcome;
}

/** Ids written into a template: quoted whole, so no other text can match. */
function addressed(template: string, replacements: Readonly<Record<string, string>>): unknown[] {
  let text = template;
  for (const [from, to] of Object.entries(replacements)) text = text.replaceAll(`"${from}"`, `"${to}"`);
  return JSON.parse(text) as unknown[];
}

function dossierStream(dossier: Dossier): StreamHistory {
  const events = addressed(templates.get(dossier.outcome)!, {
    'd-1': dossier.dossierId,
    'xa-01': dossier.unit,
    'ha-nam': dossier.province,
    ...DEPARTMENTS,
  }) as { type: string; data: Record<string, unknown> }[];
  const registration = events[0]!;
  registration.data = { ...registration.data, level: dossier.level, year: dossier.year };
  return { streamId: dossierStreamId(dossier.dossierId), events: events.map(asNew) };
}

function surveyStream(dossier: Dossier): StreamHistory {
  const campaignId = `ks-${dossier.dossierId}`;
  const events = addressed(surveyTemplate, { 'camp-1': campaignId, 'd-1': dossier.dossierId, 'xa-01': dossier.unit });
  return { streamId: surveyStreamId(campaignId), events: events.map(asNew) };
}

function asNew(event: unknown): NewEvent {
  const { type, data, metadata } = event as { type: string; data: unknown; metadata: Record<string, unknown> };
  const { schemaVersion, ...rest } = metadata;
  return {
    eventId: randomUUID(),
    type,
    ...(typeof schemaVersion === 'number' ? { schemaVersion } : {}),
    data,
    metadata: rest,
  };
}

/** A fixed share per commune, the same every run: the n-th commune's draw for one question. */
const draw = (n: number, salt: number) => (((n + 1) * 2654435761 + salt * 40503) % 1000) / 1000;

function ntmOutcome(share: number): Outcome {
  if (share < 0.64) return 'recognised';
  if (share < 0.74) return 'supplemented';
  if (share < 0.76) return 'contested';
  if (share < 0.79) return 'revoked';
  if (share < 0.87) return 'in-review';
  if (share < 0.94) return 'refused';
  return 'filing';
}

/** A recognition still in force, from which a commune may go on to the next level. */
const STANDING: readonly Outcome[] = ['recognised', 'supplemented', 'contested'];

/** A commune's dossiers, oldest first: NTM, then nâng cao and kiểu mẫu where it went on. */
function dossiersOf(n: number, unit: string, province: string): Dossier[] {
  const ntmYear = YEARS[n % 5]!;
  const of = (level: Dossier['level'], year: number, outcome: Outcome): Dossier => ({
    dossierId: `hs-${unit}-${level}-${year}`,
    unit,
    province,
    level,
    year,
    outcome,
  });
  const ntm = of('ntm', ntmYear, ntmOutcome(draw(n, 1)));
  if (!STANDING.includes(ntm.outcome) || draw(n, 2) >= 0.4) return [ntm];
  const advanced = of('advanced', Math.min(ntmYear + 2, 2026), draw(n, 3) < 0.9 ? 'recognised' : 'in-review');
  if (advanced.outcome !== 'recognised' || draw(n, 4) >= 0.25) return [ntm, advanced];
  return [ntm, advanced, of('model', Math.min(advanced.year + 1, 2026), 'recognised')];
}

/** The rural communes of the 2025 structure: the NTM units (phường are not). */
export function ruralCommunes(): { readonly code: string; readonly province: string }[] {
  return loadAdministrativeUnits()
    .all()
    .filter((u) => u.level === 'commune' && !u.validTo && (u.divisionType === 'xã' || u.divisionType === 'đặc khu'))
    .map((u) => ({ code: u.code, province: u.parent ?? '' }));
}

/** Every stream of the national history, commune by commune, built as they are asked for. */
export function* nationalHistory(
  communes: readonly { readonly code: string; readonly province: string }[],
): Generator<StreamHistory> {
  for (const [n, { code, province }] of communes.entries())
    for (const dossier of dossiersOf(n, code, province)) {
      yield dossierStream(dossier);
      if (dossier.outcome !== 'filing') yield surveyStream(dossier);
    }
}
