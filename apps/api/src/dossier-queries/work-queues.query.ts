import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { departmentsOf, type Principal } from '@ntm/auth';
import { communeRevocationAsk, type RevocationView } from '@ntm/domain';
import type { CouncilAgendaSubject } from '@ntm/projections';

import { afterKey, decodeCursor, type Page, pageOf } from './cursor';
import { DEFAULT_LIMIT, type DepartmentQueueQueryDto, type PageQueryDto } from './dossier-queries.dto';
import { VisibleUnits } from './visible-units';

/** Criterion reviews of each dossier's current step, with the dossier's unit for scoping. */
const CURRENT_REVIEWS = `read_models.criterion_reviews r join read_models.dossier_summaries s
  on s.dossier_id = r.dossier_id and s.round = r.round and s.stage_step_index = r.step_index`;
const REVIEW_COLUMNS = `r.dossier_id as "dossierId", s.unit_code as "unitCode", r.criterion_id as "criterionId",
  r.department, r.today_unit as "todayUnit", r.today_department as "todayDepartment", r.tier,
  r.due_date as "dueDate", r.status, r.overdue, r.reminder_sent as "reminderSent"`;

export interface QueueReview {
  readonly dossierId: string;
  readonly unitCode: string;
  readonly criterionId: string;
  /** As pinned in the dossier's history. */
  readonly department: string;
  /** The department doing it today (2025 mergers), with its province; null if the pinned rules do not tell. */
  readonly todayUnit: string | null;
  readonly todayDepartment: string | null;
  readonly tier: string;
  readonly dueDate: string;
  readonly status: string;
  readonly overdue: boolean;
  readonly reminderSent: boolean;
}

export interface PipelineStage {
  readonly status: string;
  readonly phase: string | null;
  readonly count: number;
}

@Injectable()
export class WorkQueuesQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
  ) {}

  /**
   * The unappraised criteria of every department the caller appraises for at that unit (one
   * person may serve several Sở), in the province, earliest due first: those assigned to it, and
   * those pinned to a body retired in 2025 whose work it does today (`today_department`).
   */
  department(principal: Principal, query: DepartmentQueueQueryDto): Promise<Page<QueueReview>> {
    const { criterion, unit, status, overdue, dueBy, ...page } = query;
    const filters = [
      `(r.department in (:...departments) or (r.today_unit = :callerUnit and r.today_department in (:...departments)))
      and r.status <> 'appraised' and s.stage_phase = 'appraising'`,
      criterion !== undefined && 'r.criterion_id = :criterion',
      unit !== undefined && 's.unit_code = :unit',
      status !== undefined && 'r.status = :status',
      overdue !== undefined && 'r.overdue = :overdue',
      dueBy !== undefined && 'r.due_date <= :dueBy',
    ];
    const departments = departmentsOf(principal);
    return this.page(principal, page, {
      select: `select ${REVIEW_COLUMNS} from ${CURRENT_REVIEWS}`,
      where: filters.filter(Boolean).join(' and '),
      params: {
        departments: departments.length > 0 ? departments : [''],
        callerUnit: principal.unit,
        criterion,
        unit,
        status,
        overdue,
        dueBy,
      },
      key: ['r.due_date', 'r.dossier_id', 'r.criterion_id'],
      keyOf: (row: QueueReview) => [row.dueDate, row.dossierId, row.criterionId],
    });
  }

  /** Open councils: members and how many voted, never how (secret ballot). */
  council(principal: Principal, page: PageQueryDto) {
    return this.page(principal, page, {
      select: `select a.dossier_id as "dossierId", s.unit_code as "unitCode", a.tier, a.round, a.session, a.members,
        a.votes_count as "votesCount", a.opened_at as "openedAt", a.quorum_due_date as "quorumDueDate",
        a.quorum_overdue as "quorumOverdue", a.subject
        from read_models.council_agenda a join read_models.dossier_summaries s on s.dossier_id = a.dossier_id`,
      key: ['a.dossier_id'],
      keyOf: (row: { dossierId: string }) => [row.dossierId],
    });
  }

  /**
   * Per dossier of the commune: supplements asked, comments unanswered, where the procedure stands,
   * the criteria a round carried over from a refusal reassesses, and what a revocation proposal asks
   * of it (explanation by its due date, residents' consultation).
   */
  async commune(principal: Principal, page: PageQueryDto) {
    const found = await this.page(principal, page, {
      select: `select s.dossier_id as "dossierId", s.unit_code as "unitCode", s.status, s.stage_tier as "tier",
        s.stage_phase as "phase", s.comments_unanswered as "commentsUnanswered",
        coalesce((select jsonb_agg(jsonb_build_object('criterionId', r.criterion_id, 'department', r.department,
          'dueDate', r.due_date) order by r.criterion_id) from read_models.criterion_reviews r
          where r.dossier_id = s.dossier_id and r.round = s.round and r.step_index = s.stage_step_index
            and r.status = 'supplement-requested'), '[]') as "supplementsRequested", s.questioned, s.revocation
        from read_models.dossier_summaries s`,
      key: ['s.dossier_id'],
      keyOf: (row: { dossierId: string; revocation: RevocationView | null }) => [row.dossierId],
    });
    const items = found.items.map((row) => ({ ...row, revocation: communeRevocationAsk(row.revocation) }));
    return { ...found, items };
  }

  /**
   * Overdue criteria, dossiers waiting for dispatch or for consolidation once all are appraised,
   * and council sessions still short of their quorum after its deadline.
   */
  async coordinator(principal: Principal, limit = DEFAULT_LIMIT) {
    const units = this.visibleUnits.of(principal);
    const overdue: QueueReview[] = await this.dataSource.query(
      `select ${REVIEW_COLUMNS} from ${CURRENT_REVIEWS} where s.unit_code = any($1) and r.overdue
         and r.status <> 'appraised' order by r.due_date, r.dossier_id, r.criterion_id limit $2`,
      [units, limit],
    );
    const awaiting: { dossierId: string; unitCode: string; tier: string; awaiting: string }[] =
      await this.dataSource.query(
        `select s.dossier_id as "dossierId", s.unit_code as "unitCode", s.stage_tier as "tier",
         s.coordinator_task as "awaiting"
       from read_models.dossier_summaries s where s.unit_code = any($1) and s.coordinator_task is not null
       order by s.updated_at, s.dossier_id limit $2`,
        [units, limit],
      );
    const councilsWithoutQuorum: {
      dossierId: string;
      unitCode: string;
      tier: string;
      session: number;
      subject: CouncilAgendaSubject;
    }[] = await this.dataSource.query(
      `select a.dossier_id as "dossierId", s.unit_code as "unitCode", a.tier, a.round, a.session, a.members,
         a.votes_count as "votesCount", a.quorum_due_date as "quorumDueDate", a.subject
       from read_models.council_agenda a join read_models.dossier_summaries s on s.dossier_id = a.dossier_id
       where s.unit_code = any($1) and a.quorum_overdue order by a.quorum_due_date, a.dossier_id limit $2`,
      [units, limit],
    );
    return { overdueCriteria: overdue, awaiting, councilsWithoutQuorum };
  }

  /** The dossiers of the caller's units by status and, in review, by the step's phase: the pipeline board. */
  pipeline(principal: Principal): Promise<PipelineStage[]> {
    return this.dataSource.query(
      `select status, case when status = 'in-review' then stage_phase end as phase, count(*)::int as count
       from read_models.dossier_summaries where unit_code = any($1) group by 1, 2 order by 1, 2`,
      [this.visibleUnits.of(principal)],
    );
  }

  private async page<Row>(
    principal: Principal,
    { cursor, limit = DEFAULT_LIMIT }: PageQueryDto,
    query: {
      select: string;
      where?: string;
      params?: Record<string, unknown>;
      key: string[];
      keyOf: (row: Row) => (string | number)[];
    },
  ): Promise<Page<Row>> {
    const params: Record<string, unknown> = {
      ...query.params,
      units: this.visibleUnits.of(principal),
      limit: limit + 1,
    };
    const after = afterKey(query.key, decodeCursor(cursor, query.key.length), params);
    const sql = `${query.select} where s.unit_code = any(:units) and ${query.where ?? 'true'} and ${after}
      order by ${query.key.join(', ')} limit :limit`;
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    const rows: Row[] = await this.dataSource.query(text, values);
    return pageOf(rows, limit, query.keyOf, (row) => row);
  }
}
