import { createCalendar, vietnamDateOf } from '@ntm/calendar';

import { campaignPlan } from '@ntm/survey/testing/fixtures';

import { apiJourney } from '../support/api-journey';
import { filingSteps, rulesFiledOn } from '../support/dossier-journey';
import { apiReader } from '../support/read-models';
import { until } from '../support/until';

const PROVINCE = '19';
/** Xã Chợ Rã, group 3 (seeded). */
const COMMUNE = '01912';
const GROUP = { group: 3 } as const;

interface CalendarYear {
  readonly version: number;
  readonly daysOff: readonly { date: string; name: string; declared: boolean }[];
  readonly workingDays: readonly { date: string; declared: boolean }[];
}

describe("a province's working calendar: the Government's schedule, and the days the province declares", () => {
  const { as, sign, system } = apiJourney();
  const admin = as('administrator', PROVINCE);
  const read = (role: 'province-coordinator' | 'commune-officer', unit: string) =>
    apiReader(system().api.url, sign)({ userId: `${role}-${unit}`, name: 'Người đọc', grants: [{ role, unit }] });
  const official = createCalendar();
  const today = vietnamDateOf(new Date().toISOString());
  /** A working day three working days ahead: inside the 10 working days of any appraisal starting now. */
  const dayOff = official.addWorkingDays(today, 3);

  it('lists the official days off and make-up days of a year, as shipped for 2026', async () => {
    const year = (await read('commune-officer', COMMUNE)(`/calendar/${PROVINCE}?year=2026`)) as CalendarYear;
    expect(year.version).toBe(0);
    expect(year.daysOff).toContainEqual({
      date: '2026-01-02',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch',
      declared: false,
    });
    expect(year.daysOff).toContainEqual({ date: '2026-09-02', name: 'Quốc khánh', declared: false });
    expect(year.workingDays).toContainEqual({ date: '2026-01-10', declared: false });
  });

  it('an administrator declares a day off, recorded and shown; others may not; a wrong day is refused naming the field', async () => {
    const declaration = {
      date: dayOff,
      kind: 'day-off',
      name: 'Nghỉ theo quyết định của UBND tỉnh',
      reason: 'QĐ 1/QĐ-UBND',
    };
    expect((await as('commune-officer', COMMUNE)(`/calendar/${PROVINCE}/declarations`, declaration)).status).toBe(403);
    expect((await as('administrator', '75')(`/calendar/${PROVINCE}/declarations`, declaration)).status).toBe(404);
    const saturday = { ...declaration, date: nextSaturday(dayOff) };
    expect(await admin(`/calendar/${PROVINCE}/declarations`, saturday)).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'kind' }] },
    });
    const declared = await admin(`/calendar/${PROVINCE}/declarations`, declaration);
    expect(declared).toMatchObject({ status: 200, etag: 'W/"1"' });
    expect((declared.body as unknown as CalendarYear).daysOff).toContainEqual({
      date: dayOff,
      name: declaration.name,
      declared: true,
    });
    const again = await admin(`/calendar/${PROVINCE}/declarations`, declaration);
    expect(again.body).toMatchObject({ status: 409, code: 'calendar.unchanged' });
  });

  it('an appraisal dispatched after the declaration counts it: its due date is one working day later', async () => {
    const commune = as('commune-officer', COMMUNE);
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 3 });
    const id = String(registered.body.dossierId);
    const rules = rulesFiledOn(today, PROVINCE, GROUP);
    for (const [send, path, body] of filingSteps(rules, GROUP, commune, as('survey-officer', COMMUNE))) {
      const answer = await send(`/dossiers/${id}/${path}`, body);
      if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    const coordinator = read('province-coordinator', PROVINCE);
    const dueDates = await until(async () => {
      const detail = JSON.stringify(await coordinator(`/dossiers/${id}`));
      const found = [...detail.matchAll(/"dueDate":"(\d{4}-\d{2}-\d{2})"/g)].map((match) => match[1]);
      return found.length > 0 && new Set(found);
    }, 'the criteria dispatched with their due date');
    const withDayOff = createCalendar({ extraDaysOff: [{ date: dayOff, name: 'Nghỉ' }] });
    expect([...dueDates]).toEqual([withDayOff.addWorkingDays(today, rules.regime.appraisalWorkingDays)]);
    expect(withDayOff.addWorkingDays(today, 10)).not.toBe(official.addWorkingDays(today, 10));
  });

  it('a survey campaign opened after the declaration counts it too: it closes one working day later', async () => {
    const commune = as('commune-officer', COMMUNE);
    const mttq = as('survey-officer', COMMUNE);
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2027, communeGroup: 3 });
    const id = String(registered.body.dossierId);
    const rules = rulesFiledOn(today, PROVINCE, GROUP);
    for (const [send, path, body] of filingSteps(rules, GROUP, commune, mttq).slice(0, 3)) {
      expect((await send(`/dossiers/${id}/${path}`, body)).status).toBe(200);
    }
    const opensOn = official.addWorkingDays(today, 0);
    const { villages, method, questionnaire, samplePlan } = campaignPlan();
    const officers = [{ level: 'commune', userId: `survey-officer-${COMMUNE}` }];
    const plan = { villages, method, questionnaire, samplePlan, opensOn, durationWorkingDays: 5, officers };
    const opened = await mttq(`/dossiers/${id}/survey-campaigns`, plan);
    const withDayOff = createCalendar({ extraDaysOff: [{ date: dayOff, name: 'Nghỉ' }] });
    expect(opened).toMatchObject({ status: 201, body: { closesOn: withDayOff.addWorkingDays(opensOn, 4) } });
    expect(withDayOff.addWorkingDays(opensOn, 4)).not.toBe(official.addWorkingDays(opensOn, 4));
  });

  it('a declaration is cleared with its reason; one never declared is not found', async () => {
    const cleared = await admin(`/calendar/${PROVINCE}/clearances`, { date: dayOff, reason: 'Huỷ theo QĐ 2/QĐ-UBND' });
    expect(cleared).toMatchObject({ status: 200, etag: 'W/"2"' });
    expect((cleared.body as unknown as CalendarYear).daysOff.map((day) => day.date)).not.toContain(dayOff);
    const never = await admin(`/calendar/${PROVINCE}/clearances`, { date: dayOff, reason: 'Huỷ' });
    expect(never.body).toMatchObject({ status: 404, code: 'calendar.not-declared' });
  });
});

/** The Saturday after `date` (a weekly rest day: no day off can be declared on it). */
function nextSaturday(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + ((6 - at.getUTCDay() + 7) % 7 || 7));
  return at.toISOString().slice(0, 10);
}
