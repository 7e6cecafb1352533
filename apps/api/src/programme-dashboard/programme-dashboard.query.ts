import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '@ntm/auth';
import { vietnamDateOf } from '@ntm/calendar';
import { planTargetsFor, type ProvincePlanTargets } from '@ntm/catalogue';
import { officialPdf } from '@ntm/documents';
import type { AdministrativeUnits } from '@ntm/units';

import { provinceNotInForce, requireProvinceInForce } from '../admin/provinces';
import { ADMINISTRATIVE_UNITS } from '../auth/auth.tokens';
import { writeWorkbook } from '../catalogue/catalogue-workbook';
import { VisibleUnits } from '../dossier-queries/visible-units';
import type { DepartmentBacklog, ProgrammeDashboard } from './dashboard';
import { type DashboardDossier, type PaperRecognition, recognitionsOf } from './dashboard-dossier';
import { type UnitBehind, unitsBehind } from './dashboard-units';
import { planProgress, type ProgrammeRecord } from './plan-progress';
import type { DashboardReportQueryDto, DashboardUnitsQueryDto } from './programme-dashboard.dto';
import { criteriaFigures, recognitionCounts, stageFigures } from './programme-figures';
import { reportDocument } from './report-document';
import { reportPeriod } from './report-period';
import { reportSheets } from './report-sheets';

export type DashboardUnit = UnitBehind & { readonly unitName: string };

export interface DashboardScope {
  readonly province: string;
  readonly year: number;
}

const DOSSIER_COLUMNS = `dossier_id as "dossierId", unit_code as "unitCode", unit_kind as "unitKind", level, year,
  criteria_set_id as "criteriaSetId", status, stage_phase as "stagePhase", stage_since as "stageSince",
  met_count as "metCount", total, criterion_verdicts as "criterionVerdicts",
  recognition_year as "recognitionYear", recognised_on as "recognisedOn", revoked_on as "revokedOn"`;

/** The department doing the work today (2025 mergers), else the one pinned. */
const DEPARTMENT = 'coalesce(r.today_department, r.department)';

/** Criteria still to appraise in the current step of the dossiers $1: what the backlog by department counts. */
const AWAITING_REVIEW = `from read_models.criterion_reviews r join read_models.dossier_summaries s
    on s.dossier_id = r.dossier_id and s.round = r.round and s.stage_step_index = r.step_index
  where r.dossier_id = any($1) and r.status <> 'appraised' and s.stage_phase = 'appraising'`;

/** The province's programme against its plans' targets (issue #22), from the programme_dossiers read model. */
@Injectable()
export class ProgrammeDashboardQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibleUnits: VisibleUnits,
    @Inject(ADMINISTRATIVE_UNITS) private readonly units: AdministrativeUnits,
  ) {}

  async run(principal: Principal, scope: DashboardScope): Promise<ProgrammeDashboard> {
    return this.figures(scope, await this.record(principal, scope.province));
  }

  /**
   * Báo cáo định kỳ as XLSX or PDF, both written from one report: the plans' targets as of today,
   * the recognitions decided within the period, each criterion's share.
   */
  async report(principal: Principal, query: DashboardReportQueryDto): Promise<Buffer> {
    const record = await this.record(principal, query.province);
    const period = reportPeriod(query.year, query.period);
    const decided = record.recognitions
      .filter(({ decidedOn }) => decidedOn >= period.from && decidedOn <= period.to)
      .map((recognition) => ({ ...recognition, unitName: this.nameOf(recognition.unitCode) }))
      .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.unitName.localeCompare(b.unitName, 'vi'));
    const report = {
      provinceName: this.nameOf(query.province),
      period,
      dashboard: await this.figures(query, record),
      decided,
    };
    const generatedOn = vietnamDateOf(new Date());
    return query.format === 'pdf'
      ? officialPdf(reportDocument(report, generatedOn))
      : writeWorkbook(...reportSheets(report, generatedOn));
  }

  private async figures({ province, year }: DashboardScope, record: ProgrammeRecord): Promise<ProgrammeDashboard> {
    return {
      province,
      year,
      plans: this.plansOf(province, year).map((plan) => planProgress(plan, this.madeFor(plan, record))),
      recognitions: recognitionCounts(record.recognitions),
      criteriaSets: criteriaFigures(record.dossiers, year),
      stages: stageFigures(record.dossiers, year, new Date()),
      departments: await this.departments(record.dossiers),
    };
  }

  /** The units behind one number, by name. */
  async unitsBehind(principal: Principal, query: DashboardUnitsQueryDto): Promise<DashboardUnit[]> {
    const record = await this.record(principal, query.province);
    const awaiting =
      query.figure === 'department'
        ? await this.awaiting(record.dossiers, query.department!, query.overdue)
        : undefined;
    const behind = unitsBehind(record, query, awaiting);
    return behind
      .map((unit) => ({ ...unit, unitName: this.nameOf(unit.unitCode) }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || a.unitCode.localeCompare(b.unitCode));
  }

  /**
   * The province's dossiers and recognitions the caller may see: those of every unit within it, its
   * predecessors' included. A province out of the caller's jurisdiction is answered as one that does not exist.
   */
  private async record(principal: Principal, province: string): Promise<ProgrammeRecord> {
    requireProvinceInForce(this.units, province);
    const visible = new Set(this.visibleUnits.of(principal));
    if (!visible.has(province)) throw provinceNotInForce(province);
    const units = this.units.within(province).filter((code) => visible.has(code));
    const dossiers: DashboardDossier[] = await this.dataSource.query(
      `select ${DOSSIER_COLUMNS} from read_models.programme_dossiers where unit_code = any($1)`,
      [units],
    );
    const paper: PaperRecognition[] = await this.dataSource.query(
      `select unit_code as "unitCode", level, year, decision_date as "decisionDate", revoked_on as "revokedOn"
       from read_models.programme_earlier_recognitions where unit_code = any($1)`,
      [units],
    );
    return { dossiers, recognitions: recognitionsOf(dossiers, paper) };
  }

  private nameOf(code: string): string {
    return this.units.get(code)?.name ?? code;
  }

  /** The province's own plans and, for a province formed in 2025, those of the provinces merged into it. */
  private plansOf(province: string, year: number): readonly ProvincePlanTargets[] {
    return planTargetsFor([province, ...(this.units.get(province)?.predecessors ?? [])], year);
  }

  /** A plan counts the units that lay in its province at its period's end, or on the province's last day. */
  private madeFor(plan: ProvincePlanTargets, { dossiers, recognitions }: ProgrammeRecord): ProgrammeRecord {
    const lastDay = this.units.get(plan.province)?.validTo ?? '9999-12-31';
    const endOfPeriod = `${plan.period.to}-12-31`;
    const day = lastDay < endOfPeriod ? lastDay : endOfPeriod;
    const inPlan = ({ unitCode }: { unitCode: string }) => this.units.provinceOn(unitCode, day)?.code === plan.province;
    return { dossiers: dossiers.filter(inPlan), recognitions: recognitions.filter(inPlan) };
  }

  /** Criteria still to appraise in the dossiers' current step, and those overdue, by department. */
  private departments(dossiers: readonly DashboardDossier[]): Promise<DepartmentBacklog[]> {
    return this.dataSource.query(
      `select ${DEPARTMENT} as department, count(*)::int as pending, count(*) filter (where r.overdue)::int as overdue
       ${AWAITING_REVIEW} group by 1 order by 3 desc, 2 desc, 1`,
      [dossiers.map(({ dossierId }) => dossierId)],
    );
  }

  /** The dossiers behind a department's figure: those with criteria awaiting it (overdue ones only, if asked). */
  private async awaiting(
    dossiers: readonly DashboardDossier[],
    department: string,
    overdue = false,
  ): Promise<ReadonlySet<string>> {
    const rows: { dossierId: string }[] = await this.dataSource.query(
      `select distinct r.dossier_id as "dossierId" ${AWAITING_REVIEW}
         and ${DEPARTMENT} = $2 and (r.overdue or not $3)`,
      [dossiers.map(({ dossierId }) => dossierId), department, overdue],
    );
    return new Set(rows.map(({ dossierId }) => dossierId));
  }
}
