/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import type { DossierCommand, RecordSelfAssessment, SecurityAndOrder } from './commands';
import { CONDITION_IDS } from './conditions';
import { given } from './testing/decider-specification';
import { cmd, criteriaSet, evidence, history, pinnedRules } from './testing/fixtures';

/** A set declaring the conditions of QĐ 18/2022/QĐ-TTg as the shipped commune sets do. */
const withConditions = {
  ...pinnedRules(),
  criteriaSet: {
    ...criteriaSet,
    conditions: [
      {
        id: CONDITION_IDS.constructionDebt,
        name: 'Không có nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới',
        measure: { kind: 'boolean' },
      },
      {
        id: CONDITION_IDS.securityAndOrder,
        name: 'Xã không phức tạp về an ninh, trật tự',
        measure: { kind: 'boolean' },
      },
    ],
  },
} as const;

/** The fixture's self-assessment with this declaration, or none. */
function selfAssess(securityAndOrder?: SecurityAndOrder): DossierCommand {
  const { data, ...command } = cmd.selfAssess() as RecordSelfAssessment;
  const { indicators, constructionDebt } = data;
  return { ...command, data: { indicators, constructionDebt, ...(securityAndOrder ? { securityAndOrder } : {}) } };
}

const calm = { complicated: false, evidence };

describe('conditions of recognition besides the criteria (QĐ 18/2022/QĐ-TTg)', () => {
  it('a set declaring "xã không phức tạp về an ninh, trật tự" needs the declaration, with evidence', () => {
    given(history(cmd.register(withConditions)))
      .when(selfAssess())
      .thenFails('command.invalid-field', 'validation');
    given(history(cmd.register(withConditions)))
      .when(selfAssess({ complicated: false, evidence: [{ sha256: 'x', name: 'a' }] }))
      .thenFails('command.invalid-field');
    given(history(cmd.register(withConditions)))
      .when(selfAssess(calm))
      .thenEmits(['SelfAssessmentRecorded'], [{ securityAndOrder: calm }]);
  });

  it('a commune complicated in security and order posts nothing (422)', () => {
    given(history(cmd.register(withConditions), selfAssess({ complicated: true, evidence })))
      .when(cmd.post())
      .thenFails('self-assessment.security-and-order', 'forbidden');
    given(history(cmd.register(withConditions), selfAssess(calm)))
      .when(cmd.post())
      .thenEmits(['ResultsPosted']);
  });

  it('the construction debt declared is the NTM programme’s, and the record says so', () => {
    given(history(cmd.register(withConditions)))
      .when(selfAssess(calm))
      .thenEmits(['SelfAssessmentRecorded'], [{ constructionDebt: { outstanding: false, scope: 'ntm-programme' } }]);
  });

  it('a dossier pinned on a set without the security condition keeps its rules: no declaration asked', () => {
    given(history(cmd.register())).when(selfAssess()).thenEmits(['SelfAssessmentRecorded']);
  });
});
