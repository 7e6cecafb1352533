import { Inject, Injectable } from '@nestjs/common';

import type { Principal } from '@ntm/auth';
import { catalogueVersions } from '@ntm/catalogue';
import { officialPdf, type OfficialDocument } from '@ntm/documents';
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

/** Each generated document: how it is built from the events, and its file's name. */
const DOCUMENT_BUILDS = {
  'recognition-decision': { build: recognitionDecision, title: 'Quyết định công nhận' },
  'revocation-decision': { build: revocationDecision, title: 'Quyết định thu hồi' },
  'appraisal-report': { build: appraisalReport, title: 'Báo cáo thẩm định' },
  'council-minutes': { build: councilMinutes, title: 'Biên bản họp hội đồng' },
} as const satisfies Record<
  string,
  { build: (events: readonly DossierEvent[], names: DocumentNames) => OfficialDocument | undefined; title: string }
>;
export type DocumentKind = keyof typeof DOCUMENT_BUILDS;
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_BUILDS) as DocumentKind[];

export interface GeneratedDocument {
  readonly bytes: Buffer;
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
    kind: DocumentKind,
    verificationBase: (code: string) => string,
  ): Promise<GeneratedDocument> {
    const { state, events, recorded } = await this.dossiers.fold(principal, dossierId);
    const code = kind.endsWith('-decision') ? this.verificationCode(recorded) : undefined;
    const names = await this.names(events, state.dossier.unit.code, state.dossier.province);
    const document = DOCUMENT_BUILDS[kind].build(events, {
      ...names,
      ...(code ? { verificationUrl: verificationBase(code) } : {}),
    });
    if (!document) throw notGenerated(kind);
    const { title } = DOCUMENT_BUILDS[kind];
    return {
      bytes: await officialPdf(document),
      fileName: `${title} - ${names.unit}.pdf`,
      asciiFileName: `${kind}-${dossierId}.pdf`,
    };
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

/** Everyone a document may name: who acted, and who was called to a council. */
function peopleIn(events: readonly DossierEvent[]): Set<string> {
  return new Set(
    events.flatMap((event) => [event.metadata.actor, ...(event.type === 'CouncilOpened' ? event.data.members : [])]),
  );
}

function notGenerated(kind: DocumentKind): ProblemException {
  return new ProblemException({
    code: 'document-not-available',
    status: 404,
    title: {
      vi: `Hồ sơ chưa có ${DOCUMENT_BUILDS[kind].title.toLocaleLowerCase('vi-VN')}`,
      en: `The dossier has no ${kind.replace('-', ' ')} yet`,
    },
  });
}
