import type { EvidenceRef } from './commands';
import type { ProducedDocument, SubmissionDocument } from './rules';
import type { DossierState, FiledDossier, RoundRecord } from './state';

export type ChecklistItemStatus = 'present' | 'missing';

/** One document of the submission dossier, as the dossier stands. */
export interface ChecklistItem {
  readonly documentId: string;
  readonly name: string;
  readonly legalBasis: string;
  readonly required: boolean;
  readonly status: ChecklistItemStatus;
  /** Where the procedure produced it, when it did: then it needs no upload. */
  readonly producedBy?: ProducedDocument;
  /** True when the dossier's own events produced it (survey report, posting, debt report). */
  readonly produced: boolean;
  /** Files the procedure cited for it (e.g. the MTTQ's report), then the files attached to it. */
  readonly files: readonly EvidenceRef[];
}

export interface SubmissionChecklist {
  readonly round: number;
  readonly items: readonly ChecklistItem[];
  /** Ids of the required documents still missing. */
  readonly missing: readonly string[];
  /** Whether documents may still be attached or detached: until the dossier is first submitted. */
  readonly open: boolean;
}

/**
 * Until the first submission the commune assembles its dossier; once submitted, what it submitted
 * is what the reviewers read (later additions go through supplements).
 */
export const ASSEMBLING = ['registered', 'self-assessed', 'posted', 'posting-closed', 'surveyed'] as const;

const checklistOpen = (state: DossierState): boolean => (ASSEMBLING as readonly string[]).includes(state.status);

/** The documents of the pinned regime's list for the dossier's unit and level, in the list's order. */
export function checklistDocuments(state: FiledDossier): readonly SubmissionDocument[] {
  const { rules, unit, level } = state.dossier;
  // QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1 is the commune's dossier; villages and districts file others.
  if (unit.kind !== 'commune') return [];
  return (rules.regime.submissionDocuments ?? []).filter((d) => d.levels[level] !== undefined);
}

/** What the procedure itself produced for a document: the files it cited, or none when it did not produce it. */
function produced(round: RoundRecord, source: ProducedDocument | undefined): readonly EvidenceRef[] | undefined {
  switch (source) {
    case undefined:
      return undefined;
    case 'survey-report':
      return round.survey?.passed ? (round.survey.report ?? []) : undefined;
    case 'posting-summary': {
      // The residents' comments, each answered, recorded in the dossier once the posting closed.
      const answered = round.comments.every((c) => c.answer !== undefined);
      return round.posting?.closed && answered ? [] : undefined;
    }
    case 'construction-debt-report': {
      const debt = round.selfAssessment?.constructionDebt;
      return debt && debt.evidence.length > 0 ? debt.evidence : undefined;
    }
    default: {
      const unreachable: never = source;
      return unreachable;
    }
  }
}

function item(round: RoundRecord, document: SubmissionDocument, required: boolean): ChecklistItem {
  const fromProcedure = produced(round, document.producedBy);
  const attached = round.submissionDocuments?.[document.id] ?? [];
  const files = [...(fromProcedure ?? []), ...attached];
  return {
    documentId: document.id,
    name: document.name,
    legalBasis: document.legalBasis,
    required,
    status: fromProcedure !== undefined || attached.length > 0 ? 'present' : 'missing',
    ...(document.producedBy ? { producedBy: document.producedBy } : {}),
    produced: fromProcedure !== undefined,
    files,
  };
}

/**
 * The submission dossier of the current round; null before registration. Empty where the pinned
 * regime lists no documents (rules pinned before the list existed, villages, districts).
 */
export function submissionChecklist(state: DossierState): SubmissionChecklist | null {
  if (state.status === 'unregistered') return null;
  const documents = checklistDocuments(state);
  const items = documents.map((d) => item(state.round, d, d.levels[state.dossier.level] === 'required'));
  return {
    round: state.round.number,
    items,
    missing: items.filter((i) => i.required && i.status === 'missing').map((i) => i.documentId),
    open: checklistOpen(state),
  };
}
