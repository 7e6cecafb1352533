import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { vietnamDateOf } from '@ntm/calendar';
import type { Pool } from 'pg';
import type { Browser, Page } from 'playwright-core';

import { apiJourney } from '../../support/api-journey';
import {
  type AxeViolation,
  chromiumAvailable,
  devLogin,
  launchChromium,
  type Login,
  reopenUntil,
  screenshots,
  seriousViolations,
} from '../../support/browser';
import { resubmittedDossier } from '../../support/decision-journey';
import { rulesFiledOn } from '../../support/dossier-journey';
import { ok } from '../../support/three-tier-journey';

/** Thái Nguyên's demo auditor (libs/auth/data/demo-users.yaml): Bắc Kạn's grant reaches no dossier filed since the 2025 merger. */
const AUDITOR = 'thanh-tra-thai-nguyen';
const PROVINCE = '19';
const CAM_GIANG = { province: PROVINCE, commune: '02008', variant: { group: 2 } as const };
const ROOT = join(__dirname, '../../..');

/**
 * What a DBA holding the database can do and the hash chain must reveal: switch the append-only
 * guard off, rewrite one event's data, switch it back on.
 */
async function tamperWith(pool: Pool, streamId: string, version: number, patch: object): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('alter table event_store.events disable trigger events_append_only');
    await client.query(
      'update event_store.events set data = data || $3::jsonb where stream_id = $1 and stream_version = $2',
      [streamId, version, JSON.stringify(patch)],
    );
    await client.query('alter table event_store.events enable always trigger events_append_only');
    await client.query('commit');
  } finally {
    client.release();
  }
}

/**
 * The auditor's workbench in Chromium against the real system: a dossier returned and resubmitted
 * (two rounds, built through the API by the other roles) read as a story, as it stood at any version
 * and as a diff, exported for the offline check; then the same dossier rewritten in the database
 * behind the application's back, which the auditor sees at once.
 */
(chromiumAvailable ? describe : describe.skip)("web application: the auditor's workbench", () => {
  const journey = apiJourney();
  let browser: Browser;
  let login: Login;
  let pool: Pool;
  const violations: Record<string, AxeViolation[]> = {};
  const visit = async (page: Page, name: string) => {
    violations[name] = await seriousViolations(page);
    await screenshots(page, name);
  };
  const camGiang = { ...CAM_GIANG, rules: rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, CAM_GIANG.variant) };
  const criterion = camGiang.rules.criteriaSet.criteria[0]!;
  let dossierId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    login = devLogin(browser, journey.system().api.url);
    pool = journey.system().db.openPool(2);
    dossierId = await resubmittedDossier(journey.as, camGiang, criterion.id);
    // A signed checkpoint for the verification to anchor to (issue #20): the administrator's.
    await ok(journey.as('administrator', PROVINCE)('/audit/checkpoints', {}));
  });
  // The pool closes with the test system's database.
  afterAll(() => browser?.close());

  const openDossier = async (page: Page) => {
    const link = page.locator(`a[href="/kiem-tra/${dossierId}"]`);
    const ready = () => page.getByRole('heading', { name: 'Hồ sơ thuộc phạm vi thanh tra' }).waitFor();
    await reopenUntil(page, ready, link, `dossier ${dossierId} on the auditor's desk`);
    await link.click();
    await page.getByRole('heading', { name: /^Thanh tra hồ sơ Nông thôn mới năm 2026/ }).waitFor();
  };

  it('lands on the dossiers of the jurisdiction, and searches the event log by person, page after page', async () => {
    const page = await login(AUDITOR);
    await page.locator(`a[href="/kiem-tra/${dossierId}"]`).first().waitFor();
    await visit(page, 'kiem-tra');
    const nav = page.getByRole('navigation', { name: 'Các trang làm việc' });
    await nav.getByRole('link', { name: 'Nhật ký sự kiện' }).click();
    await page.getByRole('heading', { name: 'Trang 1' }).waitFor();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('heading', { name: 'Trang 2' }).waitFor();
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await page.getByRole('heading', { name: 'Trang 1' }).waitFor();
    await page.getByLabel('Người thực hiện (mã tài khoản)').fill(`approver-${PROVINCE}`);
    await page.locator('tr', { hasText: 'Trả hồ sơ' }).first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await visit(page, 'kiem-tra-nhat-ky');
    await page.context().close();
  });

  it("tells the story of both rounds: the chain intact, each round's appraisal of the criterion, the state at any version and what the round changed", async () => {
    const page = await login(AUDITOR);
    await openDossier(page);
    await page
      .getByText(/^Chuỗi băm toàn vẹn: \d+ sự kiện đã kiểm tra, đối chiếu điểm neo đã ký lúc /)
      .first()
      .waitFor();
    const name = `${criterion.id}. ${criterion.name}`;
    // The diff opens on what the latest round changed: the criterion returned, now met.
    const changed = page.locator('tr', { hasText: name });
    await changed.filter({ hasText: 'Chưa đạt' }).filter({ hasText: 'Đạt' }).waitFor();
    await page.locator('tr', { hasText: 'Bị trả lại' }).filter({ hasText: 'Đang thẩm tra, thẩm định' }).waitFor();
    await visit(page, 'kiem-tra-ho-so');

    await page.getByRole('combobox', { name: 'Lọc theo tiêu chí' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(name, { exact: true }).click();
    const appraisals = page.locator('li.audit-entry', { hasText: `đánh giá tiêu chí ${criterion.id}` });
    await appraisals.filter({ hasText: 'Vòng 1' }).filter({ hasText: 'Không đạt' }).waitFor();
    await appraisals.filter({ hasText: 'Vòng 2' }).filter({ hasText: '— Đạt' }).waitFor();
    await visit(page, 'kiem-tra-loc');

    const slider = page.getByRole('slider', { name: 'Phiên bản của hồ sơ' });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.getByText(/^Sau sự kiện phiên bản 1, ghi lúc /).waitFor();
    await page.locator('.audit-state').getByText('Đã đăng ký', { exact: true }).waitFor();
    await visit(page, 'kiem-tra-thoi-diem');

    // The archive and the server's key, downloaded, then checked offline with the command the page gives.
    const dir = await mkdtemp(join(tmpdir(), 'ntm-auditor-'));
    const saved = async (button: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      await file.saveAs(join(dir, file.suggestedFilename()));
      return file.suggestedFilename();
    };
    expect(await saved('Tải tệp lưu trữ (.tar)')).toBe(`dossier-${dossierId}.tar`);
    const key = await saved('Tải khoá công khai của máy chủ (.pem)');
    const command = await page.locator('code.audit-command').textContent();
    expect(command).toBe(`node tools/verify-archive.mjs dossier-${dossierId}.tar --public-key ${key}`);
    const [, script, ...args] = command!.split(' ');
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, script!), ...args], { cwd: dir });
    expect(stdout).toMatch(/^OK: .*\nanchored to the checkpoint signed at .*, checked with the given public key/);
    await page.context().close();
  });

  it('a round-1 appraisal rewritten in the database: the auditor sees the chain broken, at that entry', async () => {
    const stream = `dossier-${dossierId}`;
    const { rows } = await pool.query<{ version: number }>(
      `select stream_version as version from event_store.events
        where stream_id = $1 and type = 'CriterionAppraised' and data->>'criterionId' = $2
        order by stream_version limit 1`,
      [stream, criterion.id],
    );
    await tamperWith(pool, stream, rows[0]!.version, { findings: 'Đạt (sửa trực tiếp trong cơ sở dữ liệu)' });
    const page = await login(AUDITOR);
    await openDossier(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Chuỗi băm bị đứt' });
    await alert.filter({ hasText: `sự kiện phiên bản ${rows[0]!.version} của luồng ${stream}` }).waitFor();
    const broken = page.locator('li.audit-entry-broken');
    await broken.filter({ hasText: 'Chuỗi băm đứt tại sự kiện này' }).filter({ hasText: 'Vòng 1' }).waitFor();
    expect(await broken.count()).toBe(1);
    await visit(page, 'kiem-tra-bi-sua');
    await page.context().close();
  });

  it('finds no serious or critical accessibility violation on any screen', () => {
    expect(Object.keys(violations).sort()).toEqual(
      [
        'kiem-tra',
        'kiem-tra-nhat-ky',
        'kiem-tra-ho-so',
        'kiem-tra-loc',
        'kiem-tra-thoi-diem',
        'kiem-tra-bi-sua',
      ].sort(),
    );
    const found = Object.entries(violations).flatMap(([screen, list]) =>
      list.map(({ id, targets }) => `${screen}: ${id} ${targets.slice(0, 3).join(' | ')}`),
    );
    expect(found).toEqual([]);
  });
});
