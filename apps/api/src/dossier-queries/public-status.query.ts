import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AdministrativeUnits } from '@ntm/units';
import { DossierSummaryRow } from '@ntm/projections';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { ProblemException } from '../platform/problem.exception';

/** One recognition as the public sees it: the unit, the decisions, nothing about people or internal ids. */
export interface PublicRecognition {
  readonly unit: { readonly code: string; readonly name: string };
  readonly level: string;
  readonly year: number;
  /** The recognition stands until the revocation decision: a proposal under way is not shown. */
  readonly status: 'recognised' | 'revoked';
  readonly recognition: { readonly decisionNumber: string; readonly decisionDate: string; readonly authority: string };
  readonly revocation: {
    readonly decisionNumber: string;
    readonly decisionDate: string;
    readonly announcedOn: string | null;
  } | null;
}

const PUBLIC_STATUSES = ['recognised', 'revocation-proposed', 'revoked'];
const PUBLIC_LIMIT = 500;

/** QĐ 18/2022/QĐ-TTg, Điều 24: recognitions and revocations are announced publicly. */
@Injectable()
export class PublicStatusQuery {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async recognitions(province: string): Promise<{ items: PublicRecognition[] }> {
    if (this.units.get(province)?.level !== 'province') throw unknownProvince(province);
    const rows = await this.dataSource
      .getRepository(DossierSummaryRow)
      .createQueryBuilder('s')
      .where('s.province = :province and s.status = any(:statuses)', { province, statuses: PUBLIC_STATUSES })
      .orderBy('s.decision_date', 'DESC')
      .addOrderBy('s.unit_code')
      .limit(PUBLIC_LIMIT)
      .getMany();
    return { items: rows.flatMap((row) => this.toPublic(row)) };
  }

  private toPublic(row: DossierSummaryRow): PublicRecognition[] {
    const { decisionNumber, decisionDate, recognitionAuthority: authority, revocation } = row;
    if (decisionNumber === null || decisionDate === null || authority === null) return [];
    const revoked = revocation?.phase === 'revoked' && revocation.decision ? revocation.decision : null;
    return [
      {
        unit: { code: row.unitCode, name: this.units.get(row.unitCode)?.name ?? row.unitCode },
        level: row.level,
        year: row.year,
        status: revoked ? 'revoked' : 'recognised',
        recognition: { decisionNumber, decisionDate, authority },
        revocation: revoked ? { ...revoked, announcedOn: revocation?.announcedOn ?? null } : null,
      },
    ];
  }
}

function unknownProvince(province: string): ProblemException {
  return new ProblemException({
    code: 'validation',
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    errors: [{ field: 'province', reason: `không có tỉnh mã ${province} (unknown province)` }],
  });
}
