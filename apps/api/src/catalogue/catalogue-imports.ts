import { createHash } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import {
  type CatalogueVersion,
  catalogueVersions,
  type CellAt,
  checkCatalogue,
  readCriteriaSheet,
} from '@ntm/catalogue';
import {
  type CatalogueVersionImported,
  decideImport,
  foldImportedVersions,
  type ImportCatalogueVersion,
  type ImportedVersions,
  isDomainError,
} from '@ntm/domain';
import { catalogueVersionStreamId, EVENT_STORE, type EventStore, handleCommand } from '@ntm/event-store';
import type { AdministrativeUnits } from '@ntm/units';

import { requireProvinceInForce } from '../admin/provinces';
import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from '../platform/idempotency';
import { derivationRefusedOnSheet, invalidDocument, invalidSheet } from './catalogue.problems';
import { CatalogueVersionBook } from './catalogue-version-book';
import { readWorkbook } from './catalogue-workbook';

/** What was read from the upload: the candidate version, and for a sheet, where each row came from. */
interface Upload {
  readonly version: CatalogueVersion;
  readonly source: ImportCatalogueVersion['data']['source'];
  readonly located?: {
    readonly sheet: string;
    readonly cellOf: (at: CellAt) => { row: number; column: string } | undefined;
  };
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * A province's administrator imports the province's own version from the provinces' sheet (XLSX,
 * over the version it derives from) or a JSON document (as exported); libs/domain decides it.
 */
@Injectable()
export class CatalogueImports {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
    private readonly versions: CatalogueVersionBook,
  ) {}

  async import(
    request: FastifyRequest,
    target: { readonly province: string; readonly basedOn: string },
    body: unknown,
  ): Promise<CatalogueVersion> {
    requireProvinceInForce(this.units, target.province);
    const upload = Buffer.isBuffer(body)
      ? await this.fromWorkbook(body, await this.versions.find(target.basedOn))
      : fromDocument(body);
    const command: ImportCatalogueVersion = {
      type: 'ImportCatalogueVersion',
      data: { ...target, version: upload.version, source: upload.source },
    };
    const actor = requestActorMetadata(request);
    try {
      const { events } = await handleCommand<ImportedVersions, CatalogueVersionImported>(
        this.store,
        catalogueVersionStreamId(target.province),
        {
          fold: (events, from) => foldImportedVersions(events, from),
          decide: (imported) => decideImport(command, imported, catalogueVersions()),
        },
        { commandId: commandIdFrom(request.headers['idempotency-key'], actor.actor), metadata: actor },
      );
      return events[0]!.data.version;
    } catch (error) {
      if (upload.located && isDomainError(error) && error.code === 'catalogue.derivation-refused') {
        throw derivationRefusedOnSheet(error, upload.located.sheet, upload.located.cellOf);
      }
      throw error;
    }
  }

  private async fromWorkbook(bytes: Buffer, base: CatalogueVersion): Promise<Upload> {
    const sheet = await readWorkbook(bytes);
    const reading = readCriteriaSheet(sheet, base);
    if (!reading.ok) throw invalidSheet(reading.problems);
    return {
      version: reading.version,
      source: { format: 'xlsx', sha256: sha256(bytes) },
      located: { sheet: sheet.name, cellOf: reading.cellOf },
    };
  }
}

function fromDocument(body: unknown): Upload {
  const checked = checkCatalogue(body);
  if (!checked.ok) throw invalidDocument(checked.issues);
  return { version: checked.version, source: { format: 'json', sha256: sha256(JSON.stringify(body)) } };
}
