import { vietnamDateOf } from '@ntm/calendar';

import type { DossierCommand, ResidentsConsultation } from '../commands';
import type { IndicatorValue } from '../evaluation';
import {
  cmd,
  councilMembers,
  evidence,
  measured,
  meta,
  metValues,
  NOW,
  recognitionCommands,
  twoTierRegime,
} from './fixtures';

/** Command builders for periodic review and the stepwise revocation, with valid defaults. */
export const revocationCmd = {
  reviewRound: (values: Readonly<Record<string, IndicatorValue>>, now?: string): DossierCommand => ({
    type: 'RecordReviewRound',
    data: { indicators: measured(values) },
    metadata: meta({ actor: 'coordinator-1', role: 'province-coordinator', ...(now ? { now } : {}) }),
  }),
  openFromCase: (grounds = 'Rà soát định kỳ năm 2027: tiêu chí không còn đạt'): DossierCommand => ({
    type: 'ResolveRevocationCase',
    data: { outcome: 'propose', grounds },
    metadata: meta({ actor: 'coordinator-1', role: 'province-coordinator' }),
  }),
  closeCase: (reason = 'Số liệu do nhập sai, đã đối chiếu lại'): DossierCommand => ({
    type: 'ResolveRevocationCase',
    data: { outcome: 'close', reason },
    metadata: meta({ actor: 'coordinator-1', role: 'province-coordinator' }),
  }),
  /** A finding per criterion: those listed in `stillMet` are found met, the others unmet. */
  verify: (criterionIds: readonly string[], stillMet: readonly string[] = [], now?: string): DossierCommand => ({
    type: 'VerifyRevocation',
    data: {
      findings: criterionIds.map((criterionId) => ({
        criterionId,
        met: stillMet.includes(criterionId),
        findings: stillMet.includes(criterionId) ? 'Kiểm tra thực tế: vẫn đạt' : 'Kiểm tra thực tế: không đạt',
        evidence,
      })),
    },
    metadata: meta({ actor: 'verifier-1', role: 'province-coordinator', ...(now ? { now } : {}) }),
  }),
  /** The residents' consultation the commune organised (Nghị định 131/2025/NĐ-CP, Điều 44), held on the day. */
  consult: (over: Partial<ResidentsConsultation> = {}, now = NOW): DossierCommand => ({
    type: 'RecordResidentsConsultation',
    data: {
      heldOn: vietnamDateOf(now),
      participants: 320,
      inFavour: 250,
      summary: 'Đa số người dân đồng ý thu hồi',
      evidence,
      ...over,
    },
    metadata: meta({ actor: 'commune-officer-1', role: 'commune-officer', now }),
  }),
  announce: (announcedOn = '2027-06-02', now?: string): DossierCommand => ({
    type: 'AnnounceRevocation',
    data: { announcedOn, places: ['Cổng thông tin điện tử tỉnh'] },
    metadata: meta({ actor: 'coordinator-1', role: 'province-coordinator', ...(now ? { now } : {}) }),
  }),
};

/** Thu nhập (critical) and Nghèo đa chiều fall below their pinned thresholds: 2 of 4 criteria, the full band. */
export const lapsedValues: Readonly<Record<string, IndicatorValue>> = { ...metValues, 'i-income': 10, 'i-poverty': 90 };
export const LAPSED_CRITERIA = ['c-income', 'c-poverty'];

/**
 * After recognition under the two-tier regime: a review round finds two criteria below threshold,
 * the coordinator opens the revocation from the case, it is verified, the commune consults its
 * residents (a proposal since 1/7/2025), the commune explains, the provincial
 * council approves, the approver revokes and the decision is announced.
 */
export const stepwiseRevocationCommands = (): DossierCommand[] => [
  revocationCmd.reviewRound(lapsedValues),
  revocationCmd.openFromCase(),
  revocationCmd.verify(LAPSED_CRITERIA),
  revocationCmd.consult(),
  cmd.explainRevocation(),
  cmd.openCouncil('province'),
  ...councilMembers.map((member) => cmd.vote(member)),
  cmd.closeCouncil('province'),
  cmd.revoke(),
  revocationCmd.announce(),
];

export const revokedStepwise = (): DossierCommand[] => [
  ...recognitionCommands(twoTierRegime),
  ...stepwiseRevocationCommands(),
];
