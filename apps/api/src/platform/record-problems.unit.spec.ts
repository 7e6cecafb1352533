import { fieldErrorIn } from './problem.exception';
import { domainProblem } from './record-problems';

describe('a refusal of the domain as problem+json', () => {
  const refusal = domainProblem({
    kind: 'conflict',
    code: 'registration.duplicate',
    messageVi: 'Đơn vị 02008 đã có hồ sơ mức ntm năm 2026.',
    messageEn: 'Unit 02008 already has an ntm dossier for 2026.',
    details: { field: 'unitCode' },
  });

  it('names the field, with its reason in the language the caller reads', () => {
    expect(refusal.getStatus()).toBe(409);
    expect(refusal.fieldErrors.map((error) => fieldErrorIn('en', error))).toEqual([
      { field: 'unitCode', reason: 'Unit 02008 already has an ntm dossier for 2026.' },
    ]);
    expect(refusal.fieldErrors.map((error) => fieldErrorIn('vi', error))).toEqual([
      { field: 'unitCode', reason: 'Đơn vị 02008 đã có hồ sơ mức ntm năm 2026.' },
    ]);
  });

  it('keeps a reason given in one language as it is', () => {
    expect(fieldErrorIn('en', { field: 'year', reason: 'năm phải là số nguyên' })).toEqual({
      field: 'year',
      reason: 'năm phải là số nguyên',
    });
  });
});
