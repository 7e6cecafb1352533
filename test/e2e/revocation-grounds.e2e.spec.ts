import { vietnamDateOf } from '@ntm/calendar';
import type { Client } from '@temporalio/client';

import { loadCatalogue, pinRules } from '@ntm/catalogue';
import type { DossierEvent } from '@ntm/domain';
import { history, recognitionCommands, threeTierRegime } from '@ntm/domain/testing/fixtures';
import { PostgresEventStore } from '@ntm/event-store';
import { TEMPORAL_CLIENT } from '@ntm/api/platform/tokens';
import { dossierWorkflowId, RECOGNITION_WORKFLOW } from '@ntm/workflows/dossier/messages';

import { toNewEvents } from '../../libs/projections/src/dossiers/testing';
import { apiJourney } from '../support/api-journey';
import { councilApproves } from '../support/revocation-journey';
import { until } from '../support/until';
import { appraisalPlan, EVIDENCE, filingSteps, type Send } from '../support/dossier-journey';

const PROVINCE = '19'; // Thái Nguyên
const COMMUNE = '02008'; // Xã Cẩm Giàng, region Trung du miền núi phía Bắc
const REGION = { region: 'northern-midlands-mountains' } as const;
/** Filed after 1/7/2025 and before 15/02/2026: the 2021–2025 sets (QĐ 319/QĐ-TTg for kiểu mẫu), two tiers. */
const FILED_ON = '2025-10-01';
const TODAY = vietnamDateOf(new Date());
const NANG_CAO = 'xa-ntm-nang-cao-2021-2025';
/** Huyện Bạch Thông of Bắc Kạn, until 30/6/2025, and three of its communes recognised NTM on paper. */
const OLD_PROVINCE = '06';
const DISTRICT = '063';
const BACH_THONG_COMMUNES = ['01975', '01978', '01984'];
const ON_PAPER = { level: 'ntm', year: 2020, decisionNumber: '1520/QĐ-UBND', decisionDate: '2020-12-18' };

describe('revocation grounds as QĐ 18/2022/QĐ-TTg, Điều 23 states them, through the HTTP API', () => {
  const { as, sign, system } = apiJourney();
  const commune = as('commune-officer', COMMUNE);
  const coordinator = as('province-coordinator', PROVINCE);
  const rules = pinRules(loadCatalogue('2025.1'), {
    setId: 'xa-ntm-kieu-mau-2021-2025',
    regimeId: 'two-tier-2025',
    province: PROVINCE,
    variant: REGION,
  });
  const ok = async (send: Send, path: string, body: unknown) => {
    const answer = await send(path, body);
    expect({ path, status: answer.status, body: answer.status === 200 ? 'ok' : answer.body }).toEqual({
      path,
      status: 200,
      body: 'ok',
    });
    return answer.body as { version: number; events: string[] };
  };
  const detail = async (id: string, minVersion: number, province = PROVINCE) => {
    const { accessToken } = await sign({
      userId: 'dieu-phoi',
      name: 'Điều phối viên',
      grants: [{ role: 'province-coordinator', unit: province }],
    });
    return until(async () => {
      const response = await system().request(`/api/v1/dossiers/${id}?minVersion=${minVersion}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      return response.status === 200 && ((await response.json()) as { revocation: Record<string, unknown> });
    }, `the detail of ${id} at version ${minVersion}`);
  };

  /** Recognised kiểu mẫu on a nâng cao recognition recorded from paper, every step over the API. */
  const recogniseModel = async () => {
    const advanced = { level: 'advanced', year: 2024, decisionNumber: '2210/QĐ-UBND', decisionDate: '2024-12-20' };
    await ok(coordinator, `/communes/${COMMUNE}/earlier-recognitions`, advanced);
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'model', year: 2025, filedOn: FILED_ON });
    expect(registered.status).toBe(201);
    const id = String(registered.body.dossierId);
    // Kiểu mẫu needs 95% of residents satisfied.
    const survey = {
      respondents: 400,
      satisfied: 392,
      households: 520,
      certifiedBy: 'Ban Thường trực',
      report: EVIDENCE,
    };
    for (const [send, path, body] of filingSteps(rules, REGION, commune, as('survey-officer', COMMUNE)))
      await ok(send, `/dossiers/${id}/${path}`, path === 'survey-result' ? survey : body);
    for (const { criterionId, department, judgements } of appraisalPlan(rules)) {
      const appraiser = as('department-appraiser', PROVINCE, { department });
      await until(async () => {
        const answer = await appraiser(`/dossiers/${id}/criteria/${criterionId}/appraisal`, {
          verdict: 'met',
          findings: 'Đạt',
          judgements,
        });
        return answer.status === 200;
      }, `criterion ${criterionId} appraised`);
    }
    await ok(coordinator, `/dossiers/${id}/review-step/completion`, { tier: 'province' });
    await councilApproves(as, PROVINCE, id);
    const decision = { decisionNumber: '880/QĐ-UBND', decisionDate: TODAY, signer: 'Chủ tịch UBND tỉnh Thái Nguyên' };
    await ok(as('approver', PROVINCE), `/dossiers/${id}/decision`, decision);
    return id;
  };

  it('a xã kiểu mẫu: its review measures the nâng cao indicators, and one of 19 criteria lost is no ground while six with Thu nhập are', async () => {
    const id = await recogniseModel();

    // 1.1 is a yes/no Quy hoạch indicator of the nâng cao set (kiểu mẫu's own 1.1 is an income figure).
    const reviewed = await ok(coordinator, `/dossiers/${id}/review-rounds`, {
      indicators: [{ indicatorId: '1.1', value: false, evidence: EVIDENCE }],
    });
    expect(reviewed.events).toEqual(['ReviewRoundRecorded', 'RevocationCaseRaised']);
    expect((await detail(id, reviewed.version)).revocation).toMatchObject({
      phase: 'case-open',
      unmetCriterionIds: ['1'],
      grounds: { share: 1 / 19, band: 'none', sufficient: false, basis: NANG_CAO },
    });

    const proposal = `/dossiers/${id}/revocation-proposal`;
    // One critical criterion is a third of kiểu mẫu's own three, but 1 of the 19 nâng cao criteria.
    expect(await coordinator(proposal, { unmetCriterionIds: ['10'], grounds: 'Thu nhập không còn đạt' })).toMatchObject(
      {
        status: 422,
        body: { code: 'revocation.insufficient-grounds' },
      },
    );
    expect(await coordinator(proposal, { unmetCriterionIds: ['20'], grounds: 'Không có' })).toMatchObject({
      status: 404,
      body: { code: 'criterion.not-found' },
    });
    const unmet = ['10', '1', '2', '3', '4', '5'];
    const proposed = await ok(coordinator, proposal, { unmetCriterionIds: unmet, grounds: 'Sáu tiêu chí nâng cao' });
    expect((await detail(id, proposed.version)).revocation).toMatchObject({
      phase: 'proposed',
      unmetCriterionIds: unmet,
      grounds: { share: 6 / 19, band: 'partial', criticalUnmet: ['10'], sufficient: true, basis: NANG_CAO },
      steps: { consultation: 'awaited' },
    });
    const findings = unmet.map((criterionId) => ({
      criterionId,
      met: false,
      findings: 'Không đạt',
      evidence: EVIDENCE,
    }));
    const verified = await ok(coordinator, `/dossiers/${id}/revocation-verification`, { findings });
    expect(verified.events).toEqual(['RevocationVerified']);
  });

  /**
   * A huyện recognised before 1/7/2025 (QĐ 320/QĐ-TTg set), its recognition recorded as its stream
   * holds it; the workflow picks the stream up as it does after its history was lost.
   */
  const recognisedDistrict = async (dossierId: string) => {
    const rules = pinRules(loadCatalogue('2022.1'), {
      setId: 'huyen-ntm-2021-2025',
      regimeId: 'three-tier-2022',
      province: OLD_PROVINCE,
      variant: REGION,
    });
    const events = history(...recognitionCommands(threeTierRegime)).map((event) =>
      event.type === 'DossierRegistered'
        ? ({
            ...event,
            data: {
              ...event.data,
              dossierId,
              unit: { code: DISTRICT, kind: 'district' },
              province: OLD_PROVINCE,
              rules,
            },
          } as DossierEvent)
        : event,
    );
    const store = new PostgresEventStore(system().db.openPool(1));
    await store.append(`dossier-${dossierId}`, 'no-stream', toNewEvents(events));
    await store.drain();
    await system()
      .api.app.get<symbol, Client>(TEMPORAL_CLIENT)
      .workflow.start(RECOGNITION_WORKFLOW, {
        workflowId: dossierWorkflowId(dossierId),
        taskQueue: system().config.TEMPORAL_TASK_QUEUE,
        args: [{ dossierId }],
      });
  };

  it('a huyện: Kinh tế and An ninh trật tự – Hành chính công are its critical criteria, and 30% of its recognised communes revoked is a ground', async () => {
    const id = '6b1f7a52-3c2d-4e8f-9a10-0c6a2d7e5b31';
    await recognisedDistrict(id);
    const oldCoordinator = as('province-coordinator', OLD_PROVINCE);
    for (const commune of BACH_THONG_COMMUNES)
      await ok(oldCoordinator, `/communes/${commune}/earlier-recognitions`, ON_PAPER);
    const proposal = `/dossiers/${id}/revocation-proposal`;
    // Môi trường (7) and Chất lượng môi trường sống (8) with a third: a third of the criteria, none critical for a huyện.
    const environment = await until(async () => {
      const answer = await oldCoordinator(proposal, { unmetCriterionIds: ['7', '8', '1'], grounds: 'Môi trường' });
      return answer.status !== 404 && answer;
    }, 'the district dossier’s workflow answering');
    expect(environment).toMatchObject({ status: 422, body: { code: 'revocation.insufficient-grounds' } });
    // Its criteria all met, none of its 3 recognised communes revoked: no ground.
    const communesRevoked = { unmetCriterionIds: [], grounds: 'Xã Vi Hương bị thu hồi quyết định công nhận' };
    expect(await oldCoordinator(proposal, communesRevoked)).toMatchObject({
      status: 422,
      body: { code: 'revocation.insufficient-grounds' },
    });

    // One of three revoked on paper: 33%, a ground whatever its own criteria show.
    const revocation = { ...ON_PAPER, decisionNumber: '310/QĐ-UBND', decisionDate: '2024-11-15' };
    await ok(oldCoordinator, `/communes/${BACH_THONG_COMMUNES[0]}/earlier-recognitions/revocations`, revocation);
    await ok(oldCoordinator, proposal, communesRevoked);
    const verified = await ok(oldCoordinator, `/dossiers/${id}/revocation-verification`, { findings: [] });
    expect((await detail(id, verified.version, OLD_PROVINCE)).revocation).toMatchObject({
      phase: 'proposed',
      unmetCriterionIds: [],
      grounds: { share: 0, band: 'none', sufficient: true, communes: { recognised: 3, revoked: 1 } },
      steps: { verified: true, consultation: 'awaited' },
    });
  });
});
