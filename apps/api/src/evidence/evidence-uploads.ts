import { Readable } from 'node:stream';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import {
  EVIDENCE_SCANNER,
  EVIDENCE_STORE,
  EvidenceEmpty,
  type EvidenceFileData,
  EvidenceInfected,
  EvidenceScanFailed,
  type EvidenceScanner,
  type EvidenceStore,
  EvidenceTooLarge,
  EvidenceTypeRefused,
  foldEvidenceFiles,
  inspectEvidence,
  recordUpload,
  scanWhileStreaming,
  type StoredEvidence,
} from '@ntm/documents';
import { evidenceUploadRefusal } from '@ntm/domain';
import { dossierEvidenceStreamId, EVENT_STORE, type EventStore, handleCommand } from '@ntm/event-store';

import { commandMetadata } from '../dossiers/command-context';
import { dossierOf } from '../dossiers/dossier-lookup';
import { domainProblem } from '../platform/record-problems';
import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import {
  evidenceEmpty,
  evidenceInfected,
  evidenceScannerUnavailable,
  evidenceTooLarge,
  evidenceTypeRefused,
  uploadNotStreamed,
} from './evidence.problems';

/**
 * An evidence file for a dossier: checked and stored as it streams in (never held whole), then
 * recorded on the dossier's evidence stream. The bytes name the upload (command id from the
 * sha256): the same file sent again, or retried, is stored once and recorded once.
 * With a scanner configured (EVIDENCE_SCAN), the bytes are scanned on their way to the store and
 * the clean verdict is recorded with the upload; an infected file, or one that could not be
 * scanned, is stored and recorded nowhere (fail closed: an unscanned file would pass for scanned).
 */
@Injectable()
export class EvidenceUploads {
  constructor(
    @Inject(EVIDENCE_STORE) private readonly files: EvidenceStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVIDENCE_SCANNER) private readonly scanner: EvidenceScanner | null,
  ) {}

  private readonly logger = new Logger(EvidenceUploads.name);

  async upload(request: FastifyRequest, dossierId: string, name: string): Promise<EvidenceFileData> {
    const metadata = commandMetadata(request);
    await refuseIfClosed(request, metadata.role);
    const maxBytes = this.config.EVIDENCE_MAX_BYTES;
    // A declared length over the limit is refused before a byte is read.
    if (Number(request.headers['content-length']) > maxBytes) throw evidenceTooLarge(maxBytes);
    // No body at all is an empty file (refused as such); a body parsed as JSON is not a file.
    if (request.body !== undefined && !(request.body instanceof Readable)) throw uploadNotStreamed();
    const source = request.body ?? Readable.from([]);
    const { mediaType, stored, scan } = await this.storeChecked(source, name, maxBytes, {
      dossierId,
      actor: metadata.actor,
    });
    const file: EvidenceFileData = { dossierId, name, mediaType, ...stored, ...(scan && { scan }) };
    await handleCommand(
      this.store,
      dossierEvidenceStreamId(dossierId),
      { fold: foldEvidenceFiles, decide: (files) => ({ ok: true, value: recordUpload(files, file) }) },
      { commandId: `evidence-${stored.sha256}`, metadata },
    );
    return file;
  }

  private async storeChecked(source: Readable, name: string, maxBytes: number, context: Record<string, unknown>) {
    try {
      const { content, mediaType } = await inspectEvidence(source, name, maxBytes);
      if (!this.scanner) return { mediaType, stored: await this.files.put(content) };
      const scanning = await scanWhileStreaming(content, this.scanner);
      const stored: StoredEvidence = await this.files.put(scanning.content);
      return { mediaType, stored, scan: scanning.verdict() };
    } catch (error) {
      this.logScanRefusal(error, context);
      throw refusalOf(error) ?? error;
    }
  }

  /** Who tried to bring in what, for the security team: the problem the client gets says less. */
  private logScanRefusal(error: unknown, context: Record<string, unknown>): void {
    if (error instanceof EvidenceInfected) {
      const { signature, scanner, version, database } = error.scan;
      this.logger.warn({ ...context, signature, scanner, version, database }, 'infected evidence upload refused');
    } else if (error instanceof EvidenceScanFailed) {
      this.logger.warn({ ...context, reason: error.reason }, 'evidence upload not scanned: refused');
    }
  }
}

/**
 * A dossier closed to the uploader's evidence (recognised, refused, revoked, withdrawn, or past the
 * stage where a command of theirs may still cite a file) is refused before a byte is read or stored:
 * the domain decides by the dossier's live position (the workflow's, as the access guard read it).
 */
async function refuseIfClosed(request: FastifyRequest, role: string): Promise<void> {
  const { summary } = await dossierOf(request);
  const refusal = summary ? evidenceUploadRefusal(summary, role) : undefined;
  if (refusal) throw domainProblem(refusal.toJSON());
}

function refusalOf(error: unknown) {
  if (error instanceof EvidenceTooLarge) return evidenceTooLarge(error.maxBytes);
  if (error instanceof EvidenceTypeRefused) return evidenceTypeRefused(error.detected);
  if (error instanceof EvidenceEmpty) return evidenceEmpty();
  if (error instanceof EvidenceInfected) return evidenceInfected(error.scan.signature, scannerName(error.scan));
  if (error instanceof EvidenceScanFailed) return evidenceScannerUnavailable();
  return undefined;
}

const scannerName = ({ scanner, version }: { scanner: string; version: string }) => `${scanner} ${version}`;
