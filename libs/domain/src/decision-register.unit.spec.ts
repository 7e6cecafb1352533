import {
  decideDecisionNumber,
  type DecisionNumberTaken,
  type DecisionRegister,
  foldDecisionRegister,
  type NumberRequest,
} from './decision-register';

const NOW = '2026-11-20T03:00:00.000Z';
const request = (dossierId: string, decisionNumber?: string, decision = 'recognition' as const): NumberRequest => ({
  province: '19',
  year: 2026,
  dossierId,
  decision,
  symbol: 'QĐ-UBND',
  takenAt: NOW,
  ...(decisionNumber === undefined ? {} : { decisionNumber }),
});

/** The register after each request was taken, in order. */
function registerOf(...requests: NumberRequest[]): DecisionRegister {
  return requests.reduce((register, next) => {
    const decided = decideDecisionNumber(register, next);
    if (!decided.ok) throw decided.error;
    return foldDecisionRegister(decided.value.events, register);
  }, foldDecisionRegister([]));
}

describe("a province's register of decision numbers, per year", () => {
  it('gives 1, then the number after the highest taken, each once, to the dossier that asked', () => {
    const first = decideDecisionNumber(foldDecisionRegister([]), request('d-1'));
    expect(first).toEqual({
      ok: true,
      value: {
        decisionNumber: '1/QĐ-UBND',
        events: [
          {
            type: 'DecisionNumberTaken',
            data: {
              province: '19',
              year: 2026,
              decisionNumber: '1/QĐ-UBND',
              dossierId: 'd-1',
              decision: 'recognition',
              takenAt: NOW,
            },
          },
        ],
      },
    });
    const register = registerOf(request('d-1'), request('d-2', '0120/QĐ-UBND'));
    expect(decideDecisionNumber(register, request('d-3'))).toMatchObject({
      ok: true,
      value: { decisionNumber: '121/QĐ-UBND' },
    });
  });

  it('a number written by the signer that another decision holds is refused with 409 naming its dossier, leading zeros or not', () => {
    const register = registerOf(request('d-1', '123/QĐ-UBND'));
    for (const written of ['123/QĐ-UBND', '0123/QĐ-UBND', ' 123/QĐ-UBND ']) {
      expect(decideDecisionNumber(register, request('d-2', written))).toMatchObject({
        ok: false,
        error: {
          kind: 'conflict',
          code: 'decision.number-taken',
          details: { field: 'decisionNumber', dossierId: 'd-1', year: 2026 },
        },
      });
    }
    // The same dossier's other decision cannot take it either.
    expect(decideDecisionNumber(register, { ...request('d-1', '123/QĐ-UBND'), decision: 'revocation' })).toMatchObject({
      ok: false,
      error: { code: 'decision.number-taken' },
    });
    // Another issuing body's symbol is another number.
    expect(decideDecisionNumber(register, request('d-2', '123/QĐ-SNNMT'))).toMatchObject({ ok: true });
  });

  it('a decision asked again (a retry, or signed again after a refusal) keeps its number and writes nothing', () => {
    const register = registerOf(request('d-1'), request('d-2'));
    expect(decideDecisionNumber(register, request('d-1'))).toEqual({
      ok: true,
      value: { decisionNumber: '1/QĐ-UBND', events: [] },
    });
    expect(decideDecisionNumber(register, request('d-2', '2/QĐ-UBND'))).toEqual({
      ok: true,
      value: { decisionNumber: '2/QĐ-UBND', events: [] },
    });
  });

  it('a number not written as a decision number is refused at its field', () => {
    expect(decideDecisionNumber(foldDecisionRegister([]), request('d-1', '123-QĐ-UBND'))).toMatchObject({
      ok: false,
      error: { kind: 'validation', details: { field: 'decisionNumber' } },
    });
  });

  it('the fold skips event types it does not know', () => {
    const taken: DecisionNumberTaken = {
      type: 'DecisionNumberTaken',
      data: {
        province: '19',
        year: 2026,
        decisionNumber: '7/QĐ-UBND',
        dossierId: 'd-1',
        decision: 'recognition',
        takenAt: NOW,
      },
    };
    expect(foldDecisionRegister([{ type: 'Later', data: {} }, taken])).toEqual({
      entries: [{ key: '7/QĐ-UBND', decisionNumber: '7/QĐ-UBND', dossierId: 'd-1', decision: 'recognition' }],
      lastNumber: { '/QĐ-UBND': 7 },
    });
  });
});
