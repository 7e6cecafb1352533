import { evidenceUploadRefusal, type UploadPosition } from './evidence-uploads';

const at = (status: UploadPosition['status'], supplement = false): UploadPosition => ({
  status,
  pendingAppraisals: supplement
    ? [{ criterionId: 'c-income', department: 'SNNMT', dueDate: '2026-04-15', status: 'supplement-requested' }]
    : [],
});

describe('Evidence uploads close with the stage of the dossier', () => {
  it('takes the commune’s files while it assembles the dossier, owes a supplement, or explains a revocation', () => {
    for (const status of ['registered', 'self-assessed', 'posted', 'posting-closed', 'surveyed'] as const)
      expect(evidenceUploadRefusal(at(status), 'commune-officer')).toBeUndefined();
    expect(evidenceUploadRefusal(at('in-review', true), 'commune-officer')).toBeUndefined();
    expect(evidenceUploadRefusal(at('revocation-proposed'), 'commune-officer')).toBeUndefined();
  });

  it('refuses the commune’s files once submitted with nothing asked, and on a recognised, refused, revoked or withdrawn dossier', () => {
    for (const status of ['in-review', 'recognised', 'refused', 'revoked', 'withdrawn'] as const) {
      const refusal = evidenceUploadRefusal(at(status), 'commune-officer');
      expect(refusal?.code).toBe('evidence.dossier-closed');
      expect(refusal?.kind).toBe('conflict');
    }
    expect(evidenceUploadRefusal(at('recognised'), 'commune-officer')?.messageVi).toContain('đã được công nhận');
  });

  it('takes the MTTQ’s report only before submission, and the coordinator’s files only after recognition', () => {
    expect(evidenceUploadRefusal(at('posting-closed'), 'survey-officer')).toBeUndefined();
    expect(evidenceUploadRefusal(at('in-review'), 'survey-officer')?.code).toBe('evidence.dossier-closed');
    expect(evidenceUploadRefusal(at('recognised'), 'province-coordinator')).toBeUndefined();
    expect(evidenceUploadRefusal(at('revocation-proposed'), 'province-coordinator')).toBeUndefined();
    expect(evidenceUploadRefusal(at('revoked'), 'province-coordinator')?.code).toBe('evidence.dossier-closed');
    expect(evidenceUploadRefusal(at('surveyed'), 'auditor')?.code).toBe('evidence.dossier-closed');
  });
});
