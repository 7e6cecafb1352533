import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { catalogueVersions } from '@ntm/catalogue';
import { officialPdf, type OfficialDocument, PROCEDURE_DOCUMENTS, type ProcedureDocument } from '@ntm/documents';
import type { DossierEvent } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';
import { publicCode } from '@ntm/projections';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { PersonNames } from '../auth/person-names';
import { VisibleDossier } from '../dossier-queries/visible-dossier';
import { ProblemException } from '../platform/problem.exception';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { recognitionDecision, revocationDecision } from './decision-documents';
import { type DocumentNames, registrationOf } from './document-names';
import { appraisalReport, councilMinutes } from './review-documents';

/** How each of the procedure's documents is built from the events. */
const DOCUMENT_BUILDS = {
  'recognition-decision': recognitionDecision,
  'revocation-decision': revocationDecision,
  'appraisal-report': appraisalReport,
  'council-minutes': councilMinutes,
} as const satisfies Record<
  ProcedureDocument,
  (events: readonly DossierEvent[], names: DocumentNames) => OfficialDocument | undefined
>;
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_BUILDS) as ProcedureDocument[];

export interface GeneratedDocument {
  readonly bytes: Buffer;
  readonly sha256: string;
  /** The dossier's stream version the file was made from. */
  readonly dossierVersion: number;
  /** "Quyết định công nhận - Xã Cẩm Giàng.pdf". */
  readonly fileName: string;
  readonly asciiFileName: string;
}

/**
 * A dossier's documents, rendered from its own stream on each request: the stream is the record,
 * and the rendering is deterministic, so the same events always give the same file.
 */
@Injectable()
export class DossierDocumentsQuery {
  constructor(
    private readonly dossiers: VisibleDossier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly personNames: PersonNames,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  /** `verificationBase` turns the recognition's public code into the address its QR code prints. */
  async render(
    principal: Principal,
    dossierId: string,
    kind: ProcedureDocument,
    verificationBase: (code: string) => string,
  ): Promise<GeneratedDocument> {
    const { state, events, recorded, version } = await this.dossiers.fold(principal, dossierId);
    const code = kind.endsWith('-decision') ? this.verificationCode(recorded) : undefined;
    const names = await this.names(events, state.dossier.unit.code, state.dossier.province);
    const document = DOCUMENT_BUILDS[kind](events, {
      ...names,
      ...(code ? { verificationUrl: verificationBase(code) } : {}),
    });
    if (!document) throw notGenerated(kind);
    const title = PROCEDURE_DOCUMENTS[kind].vi;
    const bytes = await officialPdf(document);
    return {
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      dossierVersion: version,
      fileName: `${title} - ${names.unit}.pdf`,
      asciiFileName: `${kind}-${dossierId}.pdf`,
    };
  }

  /** The documents the dossier's events make now, without rendering them (what to offer for download). */
  async available(principal: Principal, dossierId: string): Promise<ProcedureDocument[]> {
    const { events } = await this.dossiers.fold(principal, dossierId);
    return DOCUMENT_KINDS.filter((kind) => DOCUMENT_BUILDS[kind](events, CODES_ONLY) !== undefined);
  }

  /**
   * The recognition's public code, from its event as the public read model computes it: the QR code
   * is in the file from the first download, whether or not the read model has caught up.
   */
  private verificationCode(recorded: readonly RecordedEvent[]): string | undefined {
    const recognition = recorded.findLast((event) => event.type === 'DossierRecognised');
    return recognition && publicCode(this.config.PUBLIC_CODE_KEY, recognition.eventId);
  }

  private async names(events: readonly DossierEvent[], unit: string, province: string): Promise<DocumentNames> {
    const rules = registrationOf(events)?.rules;
    const criteria = new Map(rules?.criteriaSet.criteria.map((c) => [c.id, `${c.id}. ${c.name}`]));
    const departments = new Map(
      catalogueVersions()
        .find((version) => version.id === rules?.catalogueVersion)
        ?.departments.map((d) => [d.code, d.name]),
    );
    const people = await this.personNames.of([...peopleIn(events)]);
    const nameOf = (code: string) => this.units.get(code)?.name ?? code;
    return {
      unit: nameOf(unit),
      province: nameOf(province),
      criterion: (id) => criteria.get(id) ?? id,
      department: (code) => departments.get(code) ?? code,
      person: (id) => people.get(id) ?? id,
    };
  }
}

/** Whether a document exists depends on the events only, never on how they are named. */
const CODES_ONLY: DocumentNames = {
  unit: '',
  province: '',
  criterion: (id) => id,
  department: (code) => code,
  person: (id) => id,
};

/** Everyone a document may name: who acted, and who was called to a council. */
function peopleIn(events: readonly DossierEvent[]): Set<string> {
  return new Set(
    events.flatMap((event) => [event.metadata.actor, ...(event.type === 'CouncilOpened' ? event.data.members : [])]),
  );
}

function notGenerated(kind: ProcedureDocument): ProblemException {
  return new ProblemException({
    code: 'document-not-available',
    status: 404,
    title: {
      vi: `Hồ sơ chưa có ${PROCEDURE_DOCUMENTS[kind].vi.toLocaleLowerCase('vi-VN')}`,
      en: `The dossier has no ${PROCEDURE_DOCUMENTS[kind].en} yet`,
    },
  });
}
