import { Readable } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import {
  EVIDENCE_STORE,
  EvidenceEmpty,
  type EvidenceFileData,
  type EvidenceStore,
  EvidenceTooLarge,
  EvidenceTypeRefused,
  foldEvidenceFiles,
  inspectEvidence,
  recordUpload,
  type StoredEvidence,
} from '@ntm/documents';
import { dossierEvidenceStreamId, EVENT_STORE, type EventStore, handleCommand } from '@ntm/event-store';

import { commandMetadata } from '../dossiers/command-context';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { evidenceEmpty, evidenceTooLarge, evidenceTypeRefused, uploadNotStreamed } from './evidence.problems';

/**
 * An evidence file for a dossier: checked and stored as it streams in (never held whole), then
 * recorded on the dossier's evidence stream. The bytes name the upload (command id from the
 * sha256): the same file sent again, or retried, is stored once and recorded once.
 */
@Injectable()
export class EvidenceUploads {
  constructor(
    @Inject(EVIDENCE_STORE) private readonly files: EvidenceStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(request: FastifyRequest, dossierId: string, name: string): Promise<EvidenceFileData> {
    const maxBytes = this.config.EVIDENCE_MAX_BYTES;
    // A declared length over the limit is refused before a byte is read.
    if (Number(request.headers['content-length']) > maxBytes) throw evidenceTooLarge(maxBytes);
    // No body at all is an empty file (refused as such); a body parsed as JSON is not a file.
    if (request.body !== undefined && !(request.body instanceof Readable)) throw uploadNotStreamed();
    const source = request.body ?? Readable.from([]);
    const { mediaType, stored } = await this.storeChecked(source, name, maxBytes);
    const file: EvidenceFileData = { dossierId, name, mediaType, ...stored };
    await handleCommand(
      this.store,
      dossierEvidenceStreamId(dossierId),
      { fold: foldEvidenceFiles, decide: (files) => ({ ok: true, value: recordUpload(files, file) }) },
      { commandId: `evidence-${stored.sha256}`, metadata: commandMetadata(request) },
    );
    return file;
  }

  private async storeChecked(source: Readable, name: string, maxBytes: number) {
    try {
      const { content, mediaType } = await inspectEvidence(source, name, maxBytes);
      const stored: StoredEvidence = await this.files.put(content);
      return { mediaType, stored };
    } catch (error) {
      throw refusalOf(error) ?? error;
    }
  }
}

function refusalOf(error: unknown) {
  if (error instanceof EvidenceTooLarge) return evidenceTooLarge(error.maxBytes);
  if (error instanceof EvidenceTypeRefused) return evidenceTypeRefused(error.detected);
  if (error instanceof EvidenceEmpty) return evidenceEmpty();
  return undefined;
}
