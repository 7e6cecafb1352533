import {
  loadCatalogue,
  pinRules,
  resolveThreshold,
  selectDefaults,
  type CriteriaSet,
  type Indicator,
  type PinnedRules,
  type Variant,
} from '@ntm/catalogue';
import { departmentFor } from '@ntm/domain';

const EVIDENCE = [{ sha256: 'b'.repeat(64), name: 'bien-ban-tu-danh-gia.pdf' }];

/** The rules a commune dossier filed today pins (same selection as the API), to plan a test journey. */
export function rulesFiledOn(filedOn: string, province: string, variant: Variant): PinnedRules {
  const catalogue = loadCatalogue();
  const { setId, regimeId } = selectDefaults(catalogue, { unitKind: 'commune', level: 'ntm', filedOn });
  return pinRules(catalogue, { setId, regimeId, province, variant });
}

/** A value at the threshold itself (the boundary meets it), for every indicator of the set. */
export function meetingValues(set: CriteriaSet, variant: Variant) {
  return set.criteria.flatMap((criterion) =>
    criterion.indicators.map((indicator) => ({
      indicatorId: indicator.id,
      value: meetingValue(indicator, variant),
      evidence: EVIDENCE,
    })),
  );
}

function meetingValue(indicator: Indicator, variant: Variant): boolean | number | string {
  const measure = indicator.measure;
  switch (measure.kind) {
    case 'boolean':
      return true;
    case 'number':
      return resolveThreshold(measure.threshold, variant);
    case 'level':
      return measure.levels[measure.levels.length - 1];
    case 'judgement':
      return 'Đạt theo biên bản kiểm tra thực tế';
    default: {
      const unreachable: never = measure;
      return unreachable;
    }
  }
}

/** Per criterion: the department that appraises it and the judgement indicators it must rule on. */
export function appraisalPlan(rules: PinnedRules) {
  return rules.criteriaSet.criteria.map((criterion) => ({
    criterionId: criterion.id,
    department: departmentFor(rules, criterion) ?? '',
    judgements: Object.fromEntries(
      criterion.indicators.filter((i) => i.measure.kind === 'judgement').map((i) => [i.id, 'met' as const]),
    ),
  }));
}

export { EVIDENCE };
