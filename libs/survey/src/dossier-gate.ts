import { ConflictError, type DomainError, type DossierState, type FiledDossier } from '@ntm/domain';

/**
 * QĐ 18/2022/QĐ-TTg: residents are surveyed once the results have been posted for comments; a
 * campaign may be prepared while the posting runs, and run again after a failed survey, never
 * after a passed one. Returns the filed dossier, or why no campaign may open on it.
 */
export function dossierForSurvey(state: DossierState): FiledDossier | DomainError {
  const open = ['posted', 'posting-closed', 'surveyed'];
  if (state.status === 'unregistered' || !open.includes(state.status)) {
    return new ConflictError({
      code: 'survey.dossier-not-ready',
      messageVi: 'Hồ sơ chưa công khai kết quả lấy ý kiến hoặc đã qua bước khảo sát: không mở được đợt khảo sát.',
      messageEn: 'The dossier is not at the survey step (results not posted, or already past it).',
      details: { status: state.status },
    });
  }
  const filed = state as FiledDossier;
  if (filed.round.survey?.passed) {
    return new ConflictError({
      code: 'survey.already-passed',
      messageVi: 'Kết quả khảo sát của hồ sơ đã đạt; không mở đợt khảo sát mới.',
      messageEn: "The dossier's survey has already passed; no new campaign.",
    });
  }
  return filed;
}
