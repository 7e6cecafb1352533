import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { CommandMetadata } from '@ntm/domain';
import { checkOfficer, readTally, type RowProblem, type TallyFormat, UnreadableFile } from '@ntm/survey';

import { commandMetadata } from '../dossiers/command-context';
import { SurveyStore } from './survey-store';
import { invalidRows, unreadableFile } from './survey.problems';

export interface TallyFile {
  /** The file's bytes as they arrive (the upload's stream), or whole. */
  readonly bytes: Buffer | AsyncIterable<Uint8Array>;
  readonly name: string;
  /** The officer chose to import the valid rows and leave the invalid ones out. */
  readonly validRowsOnly: boolean;
}

export interface ImportOutcome {
  readonly campaignId: string;
  readonly version: number;
  readonly fileSha256: string;
  readonly format?: TallyFormat;
  readonly rows?: number;
  readonly imported: number;
  readonly skippedRows: number;
  /** The same bytes were imported before: nothing was done. */
  readonly alreadyImported: boolean;
  readonly problems: readonly RowProblem[];
}

/**
 * Paper tallies from a CSV/XLSX file: read and checked row by row as the upload arrives, then
 * appended as a few chunk events in one append (all or nothing), straight to the event store — bulk rows never
 * travel through a workflow's history. The file's sha256 names the import: same bytes, no-op.
 */
@Injectable()
export class SurveyImports {
  constructor(private readonly store: SurveyStore) {}

  async import(
    request: FastifyRequest,
    dossierId: string,
    campaignId: string,
    file: TallyFile,
  ): Promise<ImportOutcome> {
    return this.importFile(commandMetadata(request), dossierId, campaignId, file);
  }

  /** The import itself, for a verified caller's metadata (the benchmark calls it directly). */
  async importFile(
    caller: CommandMetadata,
    dossierId: string,
    campaignId: string,
    file: TallyFile,
  ): Promise<ImportOutcome> {
    const { state, version } = await this.store.load(dossierId, campaignId);
    // Before reading the file: an officer not responsible for the campaign gets no row report either.
    const notResponsible = state.campaign && checkOfficer('ImportSurveyResponses', caller, state.campaign);
    if (notResponsible && !notResponsible.ok) throw notResponsible.error;
    // The sha256 is known once the file is read: a file imported before is read to no purpose, and is a no-op.
    const read = await readTally(file.bytes, state).catch((error: unknown) => {
      throw error instanceof UnreadableFile ? unreadableFile(error.reasonVi, error.reasonEn) : error;
    });
    const { fileSha256 } = read;
    if (state.imports.has(fileSha256)) {
      return { campaignId, version, fileSha256, imported: 0, skippedRows: 0, alreadyImported: true, problems: [] };
    }
    if (read.problems.length > 0 && !file.validRowsOnly) throw invalidRows(read.rows, read.problems);
    const skippedRows = new Set(read.problems.map((p) => p.line)).size;
    // The command id is the file's: two uploads of the same bytes race to the same event ids.
    const metadata = { ...caller, commandId: `import-${fileSha256}` };
    const outcome = await this.store.execute(campaignId, {
      type: 'ImportSurveyResponses',
      data: { fileSha256, fileName: file.name, responses: read.responses, skippedRows },
      metadata,
    });
    return {
      campaignId,
      version: outcome.version,
      fileSha256,
      format: read.format,
      rows: read.rows,
      imported: outcome.events.length > 0 ? read.responses.length : 0,
      skippedRows,
      alreadyImported: outcome.events.length === 0,
      problems: read.problems,
    };
  }
}
