import type { Page } from 'playwright-core';

import { type Login, reopenUntil, type Visit } from '../../../support/browser';

/** Chủ tịch UBND tỉnh Thái Nguyên among the demo users (libs/auth/data/demo-users.yaml). */
export const APPROVER = 'chu-tich-thai-nguyen';

export interface ApproverSteps {
  readonly login: Login;
  readonly visit?: Visit;
}

/** The approver's desk, then the dossier's decision page from its row. */
export async function openFromQueue(page: Page, dossierId: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Các trang làm việc' })
    .getByRole('link', { name: 'Quyết định chờ ký' })
    .click();
  const row = page.locator(`a[href="/quyet-dinh/${dossierId}"]`);
  // The queue is a read model, a moment behind the command that put the dossier there.
  const ready = () => page.getByRole('heading', { name: 'Quyết định chờ ký' }).waitFor();
  await reopenUntil(page, ready, row, `dossier ${dossierId} on the approver's queue`);
  await row.click();
  await page.getByRole('heading', { name: /^Quyết định đối với hồ sơ của / }).waitFor();
}

/**
 * In the browser, the approver signs the recognition of a dossier whose council approved: from
 * the queue to its page, then the decision, and sees the dossier recognised under that number.
 */
export async function signRecognition(
  { login, visit }: ApproverSteps,
  dossierId: string,
  decisionNumber = '123/QĐ-UBND',
): Promise<void> {
  const page = await login(APPROVER);
  await openFromQueue(page, dossierId);
  await page.getByText('Quyết định công nhận', { exact: true }).waitFor();
  await visit?.(page, 'quyet-dinh-cong-nhan');
  // The date (today) and the signer (the deciding authority) are the form's own offers.
  await page.getByLabel('Số quyết định').fill(decisionNumber);
  await page.getByRole('button', { name: 'Ký quyết định công nhận' }).click();
  await page.getByText(`Quyết định số ${decisionNumber}`, { exact: false }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Đã được công nhận' }).waitFor();
  await visit?.(page, 'quyet-dinh-da-cong-nhan');
  await page.context().close();
}

/**
 * In the browser, the approver revokes a recognition whose revocation steps are done (verified,
 * explained, consulted, approved by the council) and sees it revoked under that number.
 */
export async function revokeRecognition(
  { login, visit }: ApproverSteps,
  dossierId: string,
  decisionNumber = '77/QĐ-UBND',
): Promise<void> {
  const page = await login(APPROVER);
  await openFromQueue(page, dossierId);
  await page.getByText('Quyết định về đề nghị thu hồi').waitFor();
  await page.getByRole('radio', { name: 'Thu hồi quyết định công nhận' }).check();
  await visit?.(page, 'quyet-dinh-thu-hoi');
  // The date (today) and the signer (the deciding authority) are the form's own offers.
  await page.getByLabel('Số quyết định').fill(decisionNumber);
  await page.getByRole('button', { name: 'Ký quyết định thu hồi' }).click();
  await page.getByRole('alert').filter({ hasText: 'Đã thu hồi công nhận' }).waitFor();
  await page.getByText(`Quyết định số ${decisionNumber}`, { exact: false }).waitFor();
  await visit?.(page, 'quyet-dinh-da-thu-hoi');
  await page.context().close();
}
