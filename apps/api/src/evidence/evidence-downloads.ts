import type { Readable } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';

import { evidenceOf } from '@ntm/audit';
import type { Principal } from '@ntm/auth';
import { EVIDENCE_STORE, type EvidenceStore, foldEvidenceFiles, isSha256 } from '@ntm/documents';
import { dossierEvidenceStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';

import { VisibleDossier } from '../dossier-queries/visible-dossier';
import { evidenceNotFound } from './evidence.problems';

export interface EvidenceDownload {
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly content: Readable;
}

/** A type no browser renders in place: a file cited but not uploaded here is only ever saved. */
const UNKNOWN_TYPE = 'application/octet-stream';

/**
 * An evidence file of a dossier the caller may read: one uploaded to the dossier or cited by one of
 * its events. Any other sha256 is not found, whoever else uploaded it: the store is shared by
 * content, access is not.
 */
@Injectable()
export class EvidenceDownloads {
  constructor(
    private readonly dossiers: VisibleDossier,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVIDENCE_STORE) private readonly files: EvidenceStore,
  ) {}

  async open(principal: Principal, dossierId: string, sha256: string): Promise<EvidenceDownload> {
    const { events } = await this.dossiers.fold(principal, dossierId);
    if (!isSha256(sha256)) throw evidenceNotFound();
    const uploads = foldEvidenceFiles(await this.store.readStream(dossierEvidenceStreamId(dossierId)));
    const uploaded = uploads.get(sha256);
    const cited = events.flatMap(evidenceOf).find((ref) => ref.sha256 === sha256);
    const name = cited?.name ?? uploaded?.name;
    const file = name === undefined ? undefined : await this.files.get(sha256);
    if (!file || name === undefined) throw evidenceNotFound();
    return { sha256, name, mediaType: uploaded?.mediaType ?? UNKNOWN_TYPE, ...file };
  }
}
