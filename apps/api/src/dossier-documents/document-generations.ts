import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import {
  foldGeneratedDocuments,
  type GeneratedDocumentData,
  type GeneratedDocuments,
  recordGeneration,
} from '@ntm/documents';
import { dossierDocumentStreamId, EVENT_STORE, type EventStore, handleCommand } from '@ntm/event-store';

import { requestActorMetadata } from '../auth/request-principal';

/**
 * The record of the files handed out (libs/documents generated-documents): a download records its
 * file's sha256 before the bytes leave, so no copy exists that the record does not know.
 */
@Injectable()
export class DocumentGenerations {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async record(request: FastifyRequest, file: GeneratedDocumentData): Promise<void> {
    await handleCommand(
      this.store,
      dossierDocumentStreamId(file.dossierId),
      {
        fold: foldGeneratedDocuments,
        decide: (documents) => ({ ok: true, value: recordGeneration(documents, file) }),
      },
      // One command per file: two first downloads at once record it once, the loser finding the winner's event.
      {
        commandId: `document-${file.document}-${file.sha256}`,
        metadata: { ...requestActorMetadata(request), now: new Date().toISOString() },
      },
    );
  }

  async of(dossierId: string): Promise<GeneratedDocuments> {
    return foldGeneratedDocuments(await this.store.readStream(dossierDocumentStreamId(dossierId)));
  }
}
