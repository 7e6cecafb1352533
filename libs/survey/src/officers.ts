import type { CommandMetadata, UnitKind } from '@ntm/domain';

import type { OpenedCampaign } from './campaign';
import type { OfficerLevel, ResponsibleOfficer, SurveyCommand } from './model';
import { refuseForbidden, type SurveyDecision } from './refusals';

export const OFFICER_LEVEL_VI: Record<OfficerLevel, string> = { commune: 'xã', district: 'huyện', province: 'tỉnh' };

/**
 * The MTTQ of the dossier's own unit organises the survey and certifies it (DOMAIN.md, step 4):
 * a commune's (or a village's, whose MTTQ work is the commune's) at commune level, a district's at
 * district level.
 */
export const certifyingLevel = (unitKind: UnitKind): OfficerLevel => (unitKind === 'district' ? 'district' : 'commune');

/** Closing and certifying conclude the campaign: the certifying level's officers only. */
const CONCLUDING: readonly SurveyCommand['type'][] = ['CloseSurveyCampaign', 'CertifySurveyResult'];

/**
 * Only the campaign's responsible officers act on it: any of them enters, corrects or imports
 * responses; those at the certifying level close and certify. Other in-scope survey officers
 * may read the campaign but not act on it: a rule of the procedure, like an unassigned appraiser
 * (ForbiddenError, 422), not the access guard's 403 (role and unit).
 */
export function checkOfficer(
  type: Exclude<SurveyCommand['type'], 'OpenSurveyCampaign'>,
  metadata: CommandMetadata,
  campaign: OpenedCampaign,
): SurveyDecision | undefined {
  const level = CONCLUDING.includes(type) ? certifyingLevel(campaign.unitKind) : undefined;
  const responsible = (o: ResponsibleOfficer) => o.userId === metadata.actor && (!level || o.level === level);
  if (campaign.officers.some(responsible)) return undefined;
  const officers = campaign.officers.filter((o) => !level || o.level === level).map((o) => o.userId);
  return level
    ? refuseForbidden(
        'survey.not-certifying-officer',
        `Chỉ cán bộ MTTQ cấp ${OFFICER_LEVEL_VI[level]} phụ trách đợt khảo sát mới được kết thúc và xác nhận kết quả.`,
        `Only the campaign's responsible MTTQ officer at ${level} level may close it and certify the result.`,
        { command: type, level, officers },
      )
    : refuseForbidden(
        'survey.not-responsible-officer',
        'Chỉ cán bộ MTTQ phụ trách đợt khảo sát mới được ghi nhận phiếu.',
        "Only the campaign's responsible MTTQ officers may record responses.",
        { command: type, officers },
      );
}
