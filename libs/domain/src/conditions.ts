import type { ConstructionDebt, RecordSelfAssessment } from './commands';
import { ForbiddenError, ValidationError } from './errors';
import type { CriteriaSet } from './rules';
import type { SelfAssessment } from './state';

/**
 * QĐ 18/2022/QĐ-TTg: besides its criteria, a commune is recognised only if it has no outstanding
 * construction debt of the NTM programme and is not complicated in security and order. The pinned
 * set declares its conditions by these ids (a set pinned before a condition was declared does not
 * ask for it, so a dossier in flight keeps the rules it was filed under).
 */
export const CONDITION_IDS = { constructionDebt: 'DK.1', securityAndOrder: 'DK.3' } as const;

/**
 * The debt the condition is about: nợ đọng xây dựng cơ bản of the NTM programme's construction
 * (công trình thuộc Chương trình xây dựng nông thôn mới), not every debt of the commune's budget.
 */
const CONSTRUCTION_DEBT_SCOPE = 'ntm-programme';

const declares = (set: CriteriaSet, id: string) => (set.conditions ?? []).some((c) => c.id === id);

/** The declaration as recorded: it says which debt it is about. */
export const scopedDebt = (debt: ConstructionDebt): ConstructionDebt => ({ ...debt, scope: CONSTRUCTION_DEBT_SCOPE });

/** A self-assessment under a set that declares the security condition must state it, with evidence. */
export function undeclaredCondition(set: CriteriaSet, data: RecordSelfAssessment['data']): ValidationError | undefined {
  if (!declares(set, CONDITION_IDS.securityAndOrder) || data.securityAndOrder) return undefined;
  return new ValidationError({
    code: 'command.invalid-field',
    messageVi: 'Cần kê khai điều kiện "xã không phức tạp về an ninh, trật tự" kèm xác nhận của cơ quan công an.',
    messageEn: 'The condition "the commune is not complicated in security and order" must be declared, with evidence.',
    details: { field: 'securityAndOrder' },
  });
}

/** Nothing is posted while a condition of recognition is not met (the criteria's rule, for conditions). */
export function unmetCondition(
  selfAssessment: Pick<SelfAssessment, 'constructionDebt' | 'securityAndOrder'> | undefined,
): ForbiddenError | undefined {
  if (selfAssessment?.constructionDebt.outstanding) {
    return new ForbiddenError({
      code: 'self-assessment.construction-debt',
      messageVi: 'Xã còn nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới.',
      messageEn: 'The unit has outstanding construction debt of the NTM programme.',
      details: { condition: CONDITION_IDS.constructionDebt },
    });
  }
  if (selfAssessment?.securityAndOrder?.complicated) {
    return new ForbiddenError({
      code: 'self-assessment.security-and-order',
      messageVi: 'Xã đang phức tạp về an ninh, trật tự: chưa đủ điều kiện xét công nhận.',
      messageEn: 'The commune is complicated in security and order: it cannot be considered for recognition.',
      details: { condition: CONDITION_IDS.securityAndOrder },
    });
  }
  return undefined;
}
