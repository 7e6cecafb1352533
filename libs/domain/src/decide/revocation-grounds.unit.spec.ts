/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import { loadCatalogue, pinRules } from '@ntm/catalogue';

import type { DossierCommand, ProposalFacts } from '../commands';
import type { DossierEvent } from '../events';
import { revocationBasis } from '../revocation-basis';
import type { PinnedRules } from '../rules';
import { given } from '../testing/decider-specification';
import { cmd, history, recognitionCommands, twoTierRegime } from '../testing/fixtures';
import { revocationCmd } from '../testing/revocation-fixtures';

const REGION = { region: 'northern-midlands-mountains' } as const;
/** A xã kiểu mẫu and a huyện NTM as filed under the 2021–2025 catalogue (QĐ 319, QĐ 320/QĐ-TTg 2022). */
const modelRules = pinRules(loadCatalogue('2025.1'), {
  setId: 'xa-ntm-kieu-mau-2021-2025',
  regimeId: 'two-tier-2025',
  province: '19',
  variant: REGION,
});
const districtRules = pinRules(loadCatalogue('2022.1'), {
  setId: 'huyen-ntm-2021-2025',
  regimeId: 'three-tier-2022',
  province: '06',
  variant: REGION,
});

/** A recognised dossier whose registration pinned `rules` (the procedure's events do not depend on them here). */
function recognisedUnder(rules: PinnedRules): DossierEvent[] {
  const [registered, ...rest] = history(...recognitionCommands(twoTierRegime));
  if (registered?.type !== 'DossierRegistered') throw new Error('the history starts with the registration');
  const unit = { code: rules.criteriaSet.unitKind === 'district' ? '063' : 'xa-01', kind: rules.criteriaSet.unitKind };
  return [{ ...registered, data: { ...registered.data, unit, rules } }, ...rest];
}

const propose = (unmetCriterionIds: string[], facts: ProposalFacts = {}): DossierCommand => {
  const proposal = cmd.proposeRevocation(unmetCriterionIds);
  return { ...proposal, data: { ...proposal.data, stepwise: true, ...facts } } as DossierCommand;
};

describe('revocation grounds (QĐ 18/2022/QĐ-TTg, Điều 23): what a recognition is judged against', () => {
  it('a xã kiểu mẫu is judged against the 19 nâng cao criteria of its catalogue version, not its own 3', () => {
    const basis = revocationBasis(modelRules)!;
    expect(basis.id).toBe('xa-ntm-nang-cao-2021-2025');
    expect(basis.criteria.filter((c) => c.critical).map((c) => c.id)).toEqual(['10', '17', '18', '19']);
    const model = recognisedUnder(modelRules);
    // One criterion is a third of the kiểu mẫu set, but 1 of 19 nâng cao criteria: no ground.
    given(model)
      .when(propose(['10']))
      .thenFails('revocation.insufficient-grounds', 'forbidden');
    given(model)
      .when(propose(['10', '1', '2', '3', '4', '5']))
      .thenEmits(
        ['RevocationProposed'],
        [{ share: 6 / 19, band: 'partial', criticalUnmet: ['10'], basis: 'xa-ntm-nang-cao-2021-2025' }],
      );
    given(model)
      .when(propose(['20']))
      .thenFails('criterion.not-found');
  });

  it('a xã kiểu mẫu’s periodic review measures the nâng cao indicators and raises its case on them', () => {
    given(recognisedUnder(modelRules))
      .when(revocationCmd.reviewRound({ '1.1': false }))
      .thenEmits(
        ['ReviewRoundRecorded', 'RevocationCaseRaised'],
        [
          { belowThreshold: ['1'] },
          { unmetCriterionIds: ['1'], share: 1 / 19, sufficient: false, basis: 'xa-ntm-nang-cao-2021-2025' },
        ],
      );
  });

  it('a kiểu mẫu whose catalogue version lacks the nâng cao set cannot be judged', () => {
    const unknownVersion = { ...modelRules, catalogueVersion: 'khong-co' };
    given(recognisedUnder(unknownVersion))
      .when(propose(['10']))
      .thenFails('revocation.basis-unavailable');
  });

  it('a huyện’s critical criteria are Kinh tế (6) and An ninh trật tự – Hành chính công (9), not its environment ones', () => {
    const district = recognisedUnder(districtRules);
    given(district)
      .when(propose(['6', '1', '2']))
      .thenEmits(['RevocationProposed'], [{ band: 'partial', criticalUnmet: ['6'] }]);
    given(district)
      .when(propose(['9', '1', '2', '3']))
      .thenEmits(['RevocationProposed'], [{ criticalUnmet: ['9'] }]);
    given(district)
      .when(propose(['7', '8', '1']))
      .thenFails('revocation.insufficient-grounds');
    expect(revocationBasis(districtRules)?.id).toBe('huyen-ntm-2021-2025');
  });

  it('a huyện with 30% or more of its recognised communes revoked is a ground of its own, through verification', () => {
    const district = recognisedUnder(districtRules);
    given(district)
      .when(propose(['1'], { communes: { recognised: 10, revoked: 2 } }))
      .thenFails('revocation.insufficient-grounds');
    const [proposed] = given(district)
      .when(propose(['1'], { communes: { recognised: 10, revoked: 3 } }))
      .thenEmits(['RevocationProposed'], [{ communes: { recognised: 10, revoked: 3 }, band: 'none' }]);
    given([...district, proposed!])
      .when(revocationCmd.verify(['1'], ['1']))
      .thenEmits(['RevocationVerified'], [{ confirmedUnmet: [], sufficient: true }]);
    // The ground stands alone: every criterion of the huyện may still be met.
    const [alone] = given(district)
      .when(propose([], { communes: { recognised: 10, revoked: 3 } }))
      .thenEmits(['RevocationProposed'], [{ unmetCriterionIds: [], share: 0 }]);
    given([...district, alone!])
      .when(revocationCmd.verify([]))
      .thenEmits(['RevocationVerified'], [{ sufficient: true }]);
    given(recognisedUnder(modelRules)).when(propose([])).thenFails('revocation.insufficient-grounds');
    given(recognisedUnder(modelRules))
      .when(propose([], { communes: { recognised: 10, revoked: 3 } }))
      .thenFails('command.invalid-field');
  });

  it('the explanation due date the workflow records must be a date from the proposal on', () => {
    const recognised = history(...recognitionCommands(twoTierRegime));
    given(recognised)
      .when(propose(['c-income', 'c-poverty'], { explanationDueDate: '2026-04-15' }))
      .thenEmits(['RevocationProposed'], [{ explanationDueDate: '2026-04-15' }]);
    for (const explanationDueDate of ['2026-03-31', '2026-02-30', 'sau'])
      given(recognised)
        .when(propose(['c-income', 'c-poverty'], { explanationDueDate }))
        .thenFails('command.invalid-field');
  });
});
