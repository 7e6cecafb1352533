import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '@ntm/auth';
import type { ApproverTask, RevocationView } from '@ntm/domain';
import type { AdministrativeUnits } from '@ntm/units';

import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import type { ApproverQueueQueryDto } from './approver-queue.dto';
import type { ApproverQueueItemResponse } from './approver.response';
import { afterKey, decodeCursor, type Page, pageOf } from './cursor';
import { DEFAULT_LIMIT } from './dossier-queries.dto';
import { VisibleUnits } from './visible-units';

interface QueueRow {
  readonly dossierId: string;
  readonly unitCode: string;
  readonly unitKind: string;
  readonly level: string;
  readonly year: number;
  readonly round: number;
  readonly task: ApproverTask;
  readonly waitingSince: string;
  readonly metCount: number;
  readonly total: number;
  readonly surveyRate: number | null;
  readonly surveyPassed: boolean | null;
  readonly revocation: RevocationView | null;
}

const KEY = ['s.updated_at', 's.dossier_id'];

/**
 * Nothing is done on a dossier while it waits for its decision, so its last event is when it began
 * to wait. Kept to the microsecond as text: the cursor compares it with the column.
 */
const SELECT = `select s.dossier_id as "dossierId", s.unit_code as "unitCode", s.unit_kind as "unitKind", s.level,
  s.year, s.round, s.approver_task as task, s.met_count as "metCount", s.total, s.survey_rate as "surveyRate",
  s.survey_passed as "surveyPassed", s.revocation,
  to_char(s.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "waitingSince"
  from read_models.dossier_summaries s`;

/** The approver's desk: recognitions to sign, dossiers to refuse, revocations to decide, longest waiting first. */
@Injectable()
export class ApproverQueueQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async run(principal: Principal, query: ApproverQueueQueryDto): Promise<Page<ApproverQueueItemResponse>> {
    const { task, unit, waitingBefore, cursor, limit = DEFAULT_LIMIT } = query;
    const params: Record<string, unknown> = {
      units: this.visibleUnits.of(principal),
      task,
      unit,
      waitingBefore,
      limit: limit + 1,
    };
    const where = [
      's.unit_code = any(:units) and s.approver_task is not null',
      task !== undefined && 's.approver_task = :task',
      unit !== undefined && 's.unit_code = :unit',
      waitingBefore !== undefined &&
        `s.updated_at < ((cast(:waitingBefore as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')`,
      afterKey(KEY, decodeCursor(cursor, KEY.length), params),
    ];
    const sql = `${SELECT} where ${where.filter(Boolean).join(' and ')} order by ${KEY.join(', ')} limit :limit`;
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    const rows: QueueRow[] = await this.dataSource.query(text, values);
    return pageOf(
      rows,
      limit,
      (row) => [row.waitingSince, row.dossierId],
      (row) => this.item(row),
    );
  }

  private item(row: QueueRow): ApproverQueueItemResponse {
    const { dossierId, unitCode, unitKind, level, year, round, task, waitingSince, revocation } = row;
    return {
      dossierId,
      unit: { code: unitCode, name: this.units.get(unitCode)?.name ?? unitCode, kind: unitKind },
      level,
      year,
      round,
      task,
      waitingSince,
      criteria: { metCount: row.metCount, total: row.total },
      survey:
        row.surveyRate !== null && row.surveyPassed !== null
          ? { rate: row.surveyRate, passed: row.surveyPassed }
          : null,
      revocation,
    };
  }
}
