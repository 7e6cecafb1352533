import { Inject, Injectable } from '@nestjs/common';
import { pack } from 'tar-stream';

import {
  ARCHIVE_FILES,
  type ArchiveManifest,
  buildManifest,
  eventsJsonl,
  renderReport,
  type TimelineEntry,
} from '@ntm/audit';
import { HASH_CHAIN_AUDIT, type HashChainAudit } from '@ntm/event-store';

import { STORED_EVENTS } from './audit.tokens';
import { CheckpointSigner } from './checkpoint-signer';
import { DossierHistory, dossierStreamIds } from './dossier-history.service';
import type { StoredEvents } from './stored-events';

export interface DossierArchive {
  readonly manifest: ArchiveManifest;
  readonly tar: Buffer;
}

/** The self-describing archive of one dossier (format: libs/audit/src/archive.ts, README.md). */
@Injectable()
export class AuditExport {
  constructor(
    @Inject(STORED_EVENTS) private readonly stored: StoredEvents,
    @Inject(HASH_CHAIN_AUDIT) private readonly audit: HashChainAudit,
    private readonly signer: CheckpointSigner,
    private readonly history: DossierHistory,
  ) {}

  async archive(dossierId: string, exportedAt = new Date()): Promise<DossierArchive> {
    const streamIds = dossierStreamIds(dossierId);
    const lines = await this.stored.lines(streamIds);
    const present = streamIds.filter((id) => lines.some((line) => line.streamId === id));
    const verification = Object.fromEntries(
      await Promise.all(present.map(async (id) => [id, await this.audit.verify(id)] as const)),
    );
    const { entries, state } = await this.history.story(dossierId);
    const events = eventsJsonl(lines);
    const report = renderReport({
      dossierId,
      exportedAt,
      entries,
      state,
      verified: Object.values(verification).every((result) => result.ok),
    });
    const checkpoint = await this.signer.forArchive(present);
    // The offline tool checks the archived heads against the signed checkpoint (issue #20).
    const anchored: Record<string, string> = checkpoint
      ? { [ARCHIVE_FILES.checkpoint]: `${JSON.stringify(checkpoint, null, 2)}\n` }
      : {};
    const manifest = buildManifest({
      dossierId,
      exportedAt,
      lines,
      evidence: evidenceManifest(entries),
      verification,
      files: { [ARCHIVE_FILES.events]: events, [ARCHIVE_FILES.report]: report, ...anchored },
    });
    const files = {
      [ARCHIVE_FILES.manifest]: `${JSON.stringify(manifest, null, 2)}\n`,
      [ARCHIVE_FILES.events]: events,
      ...anchored,
    };
    return { manifest, tar: await tarOf({ ...files, [ARCHIVE_FILES.report]: report }) };
  }
}

function evidenceManifest(entries: readonly TimelineEntry[]): ArchiveManifest['evidence'] {
  return entries.flatMap((e) => e.evidence.map((file) => ({ ...file, streamId: e.streamId, version: e.version })));
}

/** A plain ustar archive: any `tar -xf` opens it, and the offline verifier reads it with Node alone. */
async function tarOf(files: Readonly<Record<string, string>>): Promise<Buffer> {
  const archive = pack();
  for (const [name, body] of Object.entries(files)) archive.entry({ name, mode: 0o644 }, body);
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
