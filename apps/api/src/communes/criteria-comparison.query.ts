import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type AdministrativeUnits } from '@ntm/units';
import { criteriaMapping, loadCatalogue } from '@ntm/catalogue';
import { compareGenerations, type GenerationComparison, type Standing } from '@ntm/domain';
import { DossierSummaryRow } from '@ntm/projections';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';

const OLD_SET = 'xa-ntm-2021-2025';
const NEW_SET = 'xa-ntm-2026-2030';

export interface PredecessorRecognition {
  readonly unitCode: string;
  readonly dossierId: string;
  readonly level: string;
  readonly year: number;
  readonly decisionNumber: string;
}

export interface CommuneComparison extends GenerationComparison {
  readonly unitCode: string;
  /** Recognitions of the commune and of the communes merged into it (2025), newest first. */
  readonly recognitions: readonly PredecessorRecognition[];
}

/**
 * The commune's latest measured standing under each generation, from the dossier read model: its
 * own dossiers and those of the communes it was formed from (eventually consistent).
 */
@Injectable()
export class CriteriaComparisonQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async compare(unitCode: string): Promise<CommuneComparison> {
    const codes = [unitCode, ...(this.units.get(unitCode)?.predecessors ?? [])];
    const rows = await this.dataSource
      .getRepository(DossierSummaryRow)
      .createQueryBuilder('d')
      .where('d.unit_code = any(:codes)', { codes })
      .orderBy('d.updated_at', 'DESC')
      .getMany();
    const catalogue = loadCatalogue();
    const setOf = (id: string) => catalogue.criteriaSets.find((set) => set.id === id)!;
    const mapping = criteriaMapping(OLD_SET, NEW_SET)!;
    const comparison = compareGenerations(mapping, standing(rows, setOf(OLD_SET)), standing(rows, setOf(NEW_SET)));
    const recognitions = rows.flatMap((row) =>
      row.decisionNumber && row.status === 'recognised'
        ? [
            {
              unitCode: row.unitCode,
              dossierId: row.dossierId,
              level: row.level,
              year: row.year,
              decisionNumber: row.decisionNumber,
            },
          ]
        : [],
    );
    return { unitCode, ...comparison, recognitions };
  }
}

/** The newest dossier under the set with a self-assessment gives the values and their variant. */
function standing(rows: readonly DossierSummaryRow[], set: Standing['set']): Standing {
  const measured = rows.find((row) => row.criteriaSetId === set.id && row.measurement !== null)?.measurement;
  return measured ? { set, variant: measured.variant, values: measured.values } : { set };
}
