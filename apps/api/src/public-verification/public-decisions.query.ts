import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';

import { PublicDecisionRow, readPublicCode } from '@ntm/projections';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';

/** One recognition decision as the public reads it: no person, no internal id but the unit's code. */
export interface PublicDecision {
  readonly code: string;
  readonly dossierId: string;
  readonly unit: { readonly code: string; readonly name: string };
  readonly province: { readonly code: string; readonly name: string };
  readonly level: string;
  readonly year: number;
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly status: 'valid' | 'revoked';
  readonly revocation: { readonly decisionNumber: string; readonly decisionDate: string } | null;
  readonly recognisedVersion: number;
  readonly updatedAt: Date;
}

/** Lower case without diacritics, so "cam giang" finds "Xã Cẩm Giàng". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

/** The public decisions read model, with the units' names as they were on the day of the decision. */
@Injectable()
export class PublicDecisions {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async byCode(typed: string): Promise<PublicDecision | undefined> {
    const code = readPublicCode(typed);
    const row = code && (await this.dataSource.getRepository(PublicDecisionRow).findOneBy({ code }));
    return row ? this.toPublic(row) : undefined;
  }

  /** A dossier's unit (for the caller's scope) and its decision, once there is one. */
  async ofDossier(dossierId: string): Promise<{ unitCode: string; decision: PublicDecision | undefined } | undefined> {
    const row = await this.dataSource.getRepository(PublicDecisionRow).findOneBy({ dossierId });
    return row ? { unitCode: row.unitCode, decision: this.toPublic(row) } : undefined;
  }

  provinceName(code: string): string | undefined {
    const unit = this.units.get(code);
    return unit?.level === 'province' ? unit.name : undefined;
  }

  /** A province's decisions, latest first, those whose unit, number or code contain `query`. */
  async inProvince(province: string, query: string): Promise<PublicDecision[]> {
    const rows = await this.dataSource.getRepository(PublicDecisionRow).find({
      where: { province, status: Not(IsNull()) },
      order: { decisionDate: 'DESC', unitCode: 'ASC' },
    });
    const wanted = folded(query.trim());
    return rows
      .flatMap((row) => this.toPublic(row) ?? [])
      .filter((decision) =>
        [decision.unit.name, decision.unit.code, decision.decisionNumber, decision.code].some((text) =>
          folded(text).includes(wanted),
        ),
      );
  }

  private toPublic(row: PublicDecisionRow): PublicDecision | undefined {
    const { code, status, decisionNumber, decisionDate, recognisedVersion } = row;
    if (!code || !status || !decisionNumber || !decisionDate || recognisedVersion === null) return undefined;
    const nameOn = (unit: string) => this.units.on(unit, decisionDate)?.name ?? this.units.get(unit)?.name ?? unit;
    return {
      code,
      dossierId: row.dossierId,
      unit: { code: row.unitCode, name: nameOn(row.unitCode) },
      province: { code: row.province, name: nameOn(row.province) },
      level: row.level,
      year: row.year,
      decisionNumber,
      decisionDate,
      status,
      revocation:
        row.revocationNumber && row.revocationDate
          ? { decisionNumber: row.revocationNumber, decisionDate: row.revocationDate }
          : null,
      recognisedVersion,
      updatedAt: row.updatedAt,
    };
  }
}
