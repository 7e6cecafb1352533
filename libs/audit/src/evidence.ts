import type { DossierEvent, EvidenceRef } from '@ntm/domain';

/** Every evidence file an event references (content-addressed by sha256), duplicates removed. */
export function evidenceOf(event: DossierEvent): EvidenceRef[] {
  const files = filesOf(event);
  return [...new Map(files.map((file) => [`${file.sha256}/${file.name}`, file])).values()];
}

function filesOf(event: DossierEvent): readonly EvidenceRef[] {
  switch (event.type) {
    case 'SelfAssessmentRecorded':
      return [
        ...event.data.indicators.flatMap((i) => i.evidence),
        ...event.data.constructionDebt.evidence,
        ...(event.data.securityAndOrder?.evidence ?? []),
      ];
    case 'SurveyResultCertified':
      return event.data.report;
    case 'SubmissionDocumentAttached':
      return [event.data.file];
    case 'SupplementProvided':
      return [...event.data.documents, ...event.data.indicators.flatMap((i) => i.evidence)];
    case 'RevocationExplained':
    case 'ResidentsConsulted':
      return event.data.evidence;
    case 'ReviewRoundRecorded':
      return event.data.indicators.flatMap((i) => i.evidence);
    case 'RevocationVerified':
      return event.data.findings.flatMap((f) => f.evidence);
    default:
      return [];
  }
}

/** The criteria an event is about, for the timeline's `criterion` filter. */
export function criteriaOf(event: DossierEvent): string[] {
  switch (event.type) {
    case 'SelfAssessmentRecorded':
      return event.data.criteria.map((c) => c.criterionId);
    case 'CriteriaAssigned':
      return event.data.assignments.map((a) => a.criterionId);
    case 'RevocationProposed':
    case 'RecognitionRevoked':
    case 'RevocationCaseRaised':
      return [...event.data.unmetCriterionIds];
    case 'ReviewRoundRecorded':
      return [...event.data.belowThreshold];
    case 'RevocationVerified':
      return event.data.findings.map((f) => f.criterionId);
    case 'DossierRefused':
      return event.data.reasons.flatMap((r) => (r.criterionId ? [r.criterionId] : []));
    default:
      return 'criterionId' in event.data ? [event.data.criterionId] : [];
  }
}
