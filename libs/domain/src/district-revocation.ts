import type { RecordedRecognition } from './earlier-recognitions';
import type { CommuneRevocations } from './evaluation';
import { standingInSystem, standingOnPaper, type UnitDossier } from './prerequisites';
import type { DossierStatus } from './state';

/** A commune's NTM recognitions as the record holds them: recorded from paper, and its dossiers. */
export interface CommuneRecord {
  readonly paper: readonly RecordedRecognition[];
  readonly dossiers: readonly UnitDossier[];
}

/** A dossier that reached a recognition decision, whatever became of it since. */
const DECIDED: readonly DossierStatus[] = ['recognised', 'revocation-proposed', 'revoked'];

/**
 * QĐ 18/2022/QĐ-TTg, Điều 23: of a district's communes ever recognised NTM (here or on paper),
 * those revoked are the ones whose NTM recognition no longer stands (a commune recognised again
 * since is not counted revoked); a proposal under way takes nothing away yet.
 */
export function communeRevocations(communes: readonly CommuneRecord[]): CommuneRevocations {
  const recognised = communes.filter(
    ({ paper, dossiers }) =>
      paper.some((r) => r.level === 'ntm') || dossiers.some((d) => d.level === 'ntm' && DECIDED.includes(d.status)),
  );
  const revoked = recognised.filter(
    ({ paper, dossiers }) => ![...standingOnPaper(paper), ...standingInSystem(dossiers)].some((r) => r.level === 'ntm'),
  );
  return { recognised: recognised.length, revoked: revoked.length };
}
