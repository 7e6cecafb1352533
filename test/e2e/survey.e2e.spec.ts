import { Workbook } from 'exceljs';

import type { Identity, Role } from '@ntm/auth';
import { createCalendar, vietnamDateOf } from '@ntm/calendar';

import { campaignPlan } from '@ntm/survey/testing/fixtures';
import { filingSteps, rulesFiledOn, submissionDocumentSteps } from '../support/dossier-journey';
import { apiJourney } from '../support/api-journey';
import { until } from '../support/until';

const PROVINCE = '19';
const COMMUNE = '02008';
const OTHER_COMMUNE = '01969';
const REPORT = [{ sha256: 'c'.repeat(64), name: 'bien-ban-tong-hop-khao-sat.pdf' }];

/** 120 households in two villages; `satisfied` of the 119 imported rows answer 1 on the overall question. */
function tallyCsv(satisfied: number): string {
  const rows = Array.from({ length: 119 }, (_, i) => {
    const n = i + 2; // T1-1 is entered by hand
    const code = n <= 60 ? `T1-${n}` : `T2-${n - 60}`;
    const ok = i < satisfied ? '1' : '0';
    return `${code},${code.slice(0, 2)},${ok},1,1,${ok === '1' ? '' : 'duong-xuong-cap'}`;
  });
  return ['ma_ho,ma_thon,q1,q2,q3,ly_do_q1', ...rows].join('\n');
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A paper tally typed into Excel with a formula where a value belongs. */
async function formulaWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Phiếu');
  sheet.addRow(['ma_ho', 'ma_thon', 'q1', 'q2', 'q3']);
  sheet.addRow(['T1-5', 'T1', { formula: '1+0', result: 1 }, 1, 1]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('MTTQ satisfaction survey through the HTTP API (campaign, responses, import, certification)', () => {
  const { as, sign, system } = apiJourney();
  const token = async (role: Role, unit: string, userId = `${role}-${unit}`) => {
    const identity: Identity = { userId, name: 'Người dùng', grants: [{ role, unit }] };
    return (await sign(identity)).accessToken;
  };
  const get = async (role: Role, unit: string, path: string) => {
    const response = await system().request(`/api/v1${path}`, {
      headers: { authorization: `Bearer ${await token(role, unit)}` },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const upload = async (
    path: string,
    bytes: string | Buffer | ReadableStream<Uint8Array>,
    query: string,
    type = 'text/csv',
    userId?: string,
  ) => {
    const response = await system().request(`/api/v1${path}/imports?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token('survey-officer', COMMUNE, userId)}`, 'content-type': type },
      body: bytes,
      // A stream is sent chunked, without a declared length (Node's fetch needs `duplex` for it).
      ...(bytes instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as Record<string, unknown>,
    };
  };

  const commune = as('commune-officer', COMMUNE);
  const mttq = as('survey-officer', COMMUNE);
  // The commune's MTTQ officer named on the campaign, and another survey officer of the same commune who is not.
  const OFFICERS = [{ level: 'commune', userId: `survey-officer-${COMMUNE}` }];
  const UNNAMED = 'mttq-xa-khac';
  const unnamed = as('survey-officer', COMMUNE, { userId: UNNAMED });

  it('opens a campaign, refuses duplicates and bad files without changing anything, imports once, certifies and unlocks submission', async () => {
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
    expect(registered.status).toBe(201);
    const id = String(registered.body.dossierId);
    const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, { group: 2 });
    for (const [send, path, body] of filingSteps(rules, { group: 2 }, commune, mttq).slice(0, 3)) {
      expect((await send(`/dossiers/${id}/${path}`, body)).status).toBe(200);
    }

    const opensOn = createCalendar().addWorkingDays(vietnamDateOf(new Date().toISOString()), 0);
    // The fixture's plan (two villages of 60 households, three questions), as an officer posts it.
    const { villages, method, questionnaire, samplePlan, durationWorkingDays } = campaignPlan();
    const plan = { villages, method, questionnaire, samplePlan, opensOn, durationWorkingDays, officers: OFFICERS };
    const opened = await mttq(`/dossiers/${id}/survey-campaigns`, plan, { 'idempotency-key': 'khao-sat-1' });
    expect(opened.status).toBe(201);
    const campaign = `/dossiers/${id}/survey-campaigns/${String(opened.body.campaignId)}`;
    const again = await mttq(`/dossiers/${id}/survey-campaigns`, plan, { 'idempotency-key': 'khao-sat-1' });
    expect(again.body.campaignId).toBe(opened.body.campaignId);

    // Only the commune's MTTQ writes; auditors read; another commune's officer does not see it.
    expect((await as('auditor', COMMUNE)(`${campaign}/closure`)).status).toBe(403);
    expect((await as('survey-officer', OTHER_COMMUNE)(`${campaign}/closure`)).status).toBe(404);
    expect((await get('auditor', PROVINCE, `${campaign}/tallies`)).status).toBe(200);

    const answers = (satisfied: boolean) => [
      { questionId: 'q1', satisfied },
      { questionId: 'q2', satisfied: true },
      { questionId: 'q3', satisfied: true },
    ];
    const first = { householdCode: 'T1-1', village: 'T1', answers: answers(true), channel: 'direct' };
    expect((await mttq(`${campaign}/responses`, first)).status).toBe(200);
    const duplicate = await mttq(`${campaign}/responses`, { ...first, answers: answers(false) });
    expect(duplicate).toMatchObject({ status: 409, body: { code: 'survey.duplicate-household' } });
    const withName = await mttq(`${campaign}/responses`, { ...first, householdCode: 'T1-2', hoTen: 'Nguyễn Văn A' });
    expect(withName.status).toBe(400);

    const withBadRows = `${tallyCsv(107)}\nT1-77,T1,1,1,1,\nT3-1,T3,1,1,1,\nT1-1,T1,1,,1,`;
    const bad = await upload(campaign, withBadRows, 'fileName=sai.csv');
    expect(bad.status).toBe(422);
    expect((bad.body.report as { problems: { line: number; column: string; code: string }[] }).problems).toEqual([
      expect.objectContaining({ line: 121, column: 'ma_ho', code: 'survey.unknown-household' }),
      expect.objectContaining({ line: 122, column: 'ma_thon', code: 'survey.unknown-village' }),
      expect.objectContaining({ line: 123, column: 'q2', code: 'survey.missing-answer' }),
    ]);
    // A survey officer of the commune who is not named on the campaign neither writes nor concludes it:
    // past the access guard (role and unit fit), the campaign's own rule refuses, like an unassigned appraiser.
    const bystander = await unnamed(`${campaign}/responses`, { ...first, householdCode: 'T1-2' });
    expect(bystander).toMatchObject({ status: 422, body: { code: 'survey.not-responsible-officer' } });
    const bystanderImport = await upload(campaign, tallyCsv(119), 'fileName=khac.csv', 'text/csv', UNNAMED);
    expect(bystanderImport).toMatchObject({ status: 422, body: { code: 'survey.not-responsible-officer' } });
    const bystanderClosure = await unnamed(`${campaign}/closure`);
    expect(bystanderClosure).toMatchObject({ status: 422, body: { code: 'survey.not-certifying-officer' } });

    const unchanged = await get('survey-officer', COMMUNE, `${campaign}/tallies`);
    expect(unchanged.body.overall).toMatchObject({ respondents: 1, satisfied: 1 });
    expect(unchanged.body.coverage).toMatchObject({ households: 120, respondents: 1, required: 0.7, met: false });

    // The officer chooses to import the valid rows: 107 of the 119 + T1-1 = 108/120 = 0.9, exactly
    // the NTM threshold of the regime. The same file again changes nothing.
    const imported = await upload(campaign, withBadRows, 'fileName=sai.csv&validRowsOnly=true');
    expect(imported).toMatchObject({ status: 200, body: { imported: 119, skippedRows: 3, alreadyImported: false } });
    const reimported = await upload(campaign, withBadRows, 'fileName=sai-lan-2.csv&validRowsOnly=true');
    expect(reimported.body).toMatchObject({ imported: 0, alreadyImported: true, version: imported.body.version });

    const formula = await upload(campaign, await formulaWorkbook(), 'fileName=cong-thuc.xlsx', XLSX);
    expect(formula.status).toBe(422);
    expect((formula.body.report as { problems: unknown[] }).problems).toEqual([
      expect.objectContaining({ line: 2, column: 'q1', code: 'survey.formula-cell' }),
    ]);

    // A file over the upload limit (32 MiB) is refused 413 and records nothing, whether its length is
    // declared (refused before a byte is read) or not (a chunked upload, refused as it passes the limit).
    const oversized = `${tallyCsv(119)}${'\n'.repeat(33 * 1024 * 1024)}`;
    const declared = await upload(campaign, oversized, 'fileName=qua-lon.csv');
    const chunked = await upload(campaign, new Blob([oversized]).stream(), 'fileName=qua-lon.csv');
    for (const refused of [declared, chunked]) {
      expect(refused).toMatchObject({ status: 413, body: { status: 413, code: 'payload-too-large' } });
      expect(refused.type).toMatch(/^application\/problem\+json/);
    }

    const tallies = await get('province-coordinator', PROVINCE, `${campaign}/tallies`);
    expect(tallies.body.overall).toEqual({ respondents: 120, satisfied: 108, rate: 0.9, threshold: 0.9, met: true });
    expect(tallies.body.reasons).toEqual([
      { code: 'duong-xuong-cap', label: 'Đường xuống cấp', count: 12, byQuestion: { q1: 12 } },
    ]);

    // The dossier's campaigns, from the read model once the worker's projection caught up.
    const listed = await until(async () => {
      const answer = await get('auditor', COMMUNE, `/dossiers/${id}/survey-campaigns`);
      return (answer.body.items as { respondents: number }[])[0]?.respondents === 120 && answer;
    }, 'the campaign with its 120 respondents in the read model');
    expect(listed.body.items).toEqual([
      expect.objectContaining({ campaignId: opened.body.campaignId, status: 'open', respondents: 120, threshold: 0.9 }),
    ]);

    expect((await mttq(`${campaign}/closure`)).status).toBe(200);
    const certified = await mttq(`${campaign}/certification`, { report: REPORT });
    expect(certified).toMatchObject({
      status: 200,
      body: {
        events: ['SurveyCampaignCertified'],
        coverage: { households: 120, respondents: 120, share: 1, met: true },
      },
    });
    const recertified = await mttq(`${campaign}/certification`, { report: REPORT });
    expect(recertified).toMatchObject({ status: 409, body: { code: 'survey.already-certified' } });

    for (const [path, body] of submissionDocumentSteps(rules))
      expect((await commune(`/dossiers/${id}/${path}`, body)).status).toBe(200);
    // The dossier's workflow records the certified result through the campaign's child workflow.
    const submitted = await until(async () => {
      const answer = await commune(`/dossiers/${id}/submissions`, { tier: 'province' });
      return answer.status === 200 && answer;
    }, 'the submission once the certified survey is recorded');
    expect(submitted).toMatchObject({ status: 200, body: { status: 'in-review' } });
  });

  it('a survey fewer than 70% of the villages’ households answered is not certified: 422 naming the coverage achieved and required', async () => {
    const communeOfficer = as('commune-officer', OTHER_COMMUNE);
    const officer = as('survey-officer', OTHER_COMMUNE);
    const registered = await communeOfficer('/dossiers', {
      unitCode: OTHER_COMMUNE,
      level: 'ntm',
      year: 2026,
      communeGroup: 3,
    });
    expect(registered.status).toBe(201);
    const id = String(registered.body.dossierId);
    const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, { group: 3 });
    for (const [, path, body] of filingSteps(rules, { group: 3 }, communeOfficer, officer).slice(0, 3)) {
      expect((await communeOfficer(`/dossiers/${id}/${path}`, body)).status).toBe(200);
    }
    const coverageShort = { code: 'survey.coverage-insufficient', details: { requiredCoverage: 0.7 } };

    // A result entered directly states the households of the villages surveyed, and must cover 70% of them.
    const direct = { respondents: 1, satisfied: 1, households: 120, certifiedBy: 'Ban Thường trực', report: REPORT };
    const entered = await officer(`/dossiers/${id}/survey-result`, direct);
    expect(entered).toMatchObject({ status: 422, body: { ...coverageShort, details: { requiredRespondents: 84 } } });

    const opensOn = createCalendar().addWorkingDays(vietnamDateOf(new Date().toISOString()), 0);
    const { villages, method, questionnaire, samplePlan, durationWorkingDays } = campaignPlan();
    const officers = [{ level: 'commune', userId: `survey-officer-${OTHER_COMMUNE}` }];
    const plan = { villages, method, questionnaire, samplePlan, opensOn, durationWorkingDays, officers };
    const opened = await officer(`/dossiers/${id}/survey-campaigns`, plan);
    expect(opened.status).toBe(201);
    const campaign = `/dossiers/${id}/survey-campaigns/${String(opened.body.campaignId)}`;
    const answers = ['q1', 'q2', 'q3'].map((questionId) => ({ questionId, satisfied: true }));
    const one = { householdCode: 'T1-1', village: 'T1', answers, channel: 'direct' };
    expect((await officer(`${campaign}/responses`, one)).status).toBe(200);
    expect((await officer(`${campaign}/closure`)).status).toBe(200);

    const certified = await officer(`${campaign}/certification`, { report: REPORT });
    expect(certified).toMatchObject({
      status: 422,
      body: { ...coverageShort, details: { households: 120, respondents: 1, requiredRespondents: 84 } },
    });
    expect(String(certified.body.detail)).toContain('1/120');
  });
});
