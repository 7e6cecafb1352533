import type { Page } from 'playwright-core';

import type { Login, Visit } from '../../../support/browser';
import { until } from '../../../support/until';

/** Thái Nguyên's demo council (libs/auth/data/demo-users.yaml): its secretary and three members. */
export const COUNCIL_SECRETARY = 'thu-ky-thai-nguyen';
export const COUNCIL_MEMBERS = ['hoi-dong-thai-nguyen-1', 'hoi-dong-thai-nguyen-2', 'hoi-dong-thai-nguyen-3'];

export interface CouncilSteps {
  readonly login: Login;
  readonly visit?: Visit;
}

/**
 * From the council agenda, the dossier's link once its list shows it: the agenda is read from
 * the read models, a moment behind the command that put the dossier there.
 */
async function openFromAgenda(page: Page, dossierId: string): Promise<void> {
  const link = page.locator(`a[href="/hoi-dong/${dossierId}"]`).first();
  await page.getByRole('heading', { name: 'Chương trình họp hội đồng' }).waitFor();
  await page.waitForLoadState('networkidle');
  await until(async () => {
    if (await link.isVisible()) return true;
    await page.reload({ waitUntil: 'networkidle' });
    return link.isVisible();
  }, `dossier ${dossierId} on the council agenda`);
  await link.click();
  await page.getByRole('heading', { name: /^Hội đồng — hồ sơ của / }).waitFor();
}

/** The secretary finds the dossier waiting on the agenda and opens a session with the members. */
export async function secretaryOpensSession(
  { login, visit }: CouncilSteps,
  dossierId: string,
  members: readonly string[] = COUNCIL_MEMBERS,
): Promise<void> {
  const page = await login(COUNCIL_SECRETARY);
  await page.getByText('Hồ sơ chờ triệu tập hội đồng').waitFor();
  await visit?.(page, 'hoi-dong-thu-ky');
  await openFromAgenda(page, dossierId);
  await page.getByRole('heading', { name: 'Triệu tập phiên họp' }).waitFor();
  for (const member of members) await page.getByRole('checkbox', { name: new RegExp(`\\(${member}\\)`) }).check();
  await visit?.(page, 'hoi-dong-trieu-tap');
  await page.getByRole('button', { name: 'Mở phiên họp' }).click();
  // A recognition's first session, or a revocation's: the subject is the dossier's, not the step's.
  await page.getByRole('heading', { name: /^Phiên họp số 1 — Xét (công nhận|thu hồi)$/ }).waitFor();
  await page.getByRole('button', { name: 'Kết thúc phiên họp' }).waitFor();
  await visit?.(page, 'hoi-dong-dang-hop');
  await page.context().close();
}

/** A member finds the session on their agenda and votes, with a comment if given. */
export async function memberVotes(
  { login, visit }: CouncilSteps,
  dossierId: string,
  memberId: string,
  ballot: { readonly approve: boolean; readonly comment?: string } = { approve: true },
): Promise<void> {
  const page = await login(memberId);
  await page.getByText('Các phiên tôi là thành viên').waitFor();
  await visit?.(page, 'hoi-dong-thanh-vien');
  await openFromAgenda(page, dossierId);
  await page.getByRole('radio', { name: ballot.approve ? 'Tán thành' : 'Không tán thành', exact: true }).check();
  if (ballot.comment) await page.getByLabel('Ý kiến kèm theo (không bắt buộc)').fill(ballot.comment);
  await visit?.(page, 'hoi-dong-bo-phieu');
  await page.getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã bỏ phiếu' }).waitFor();
  await visit?.(page, 'hoi-dong-da-bo-phieu');
  await page.context().close();
}

/** The secretary closes the session and sees the council approved: quorum and approval share met. */
export async function secretaryClosesApproved({ login, visit }: CouncilSteps, dossierId: string): Promise<void> {
  const page = await login(COUNCIL_SECRETARY);
  await openFromAgenda(page, dossierId);
  await page.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
  await page.getByText('Hội đồng thông qua: đủ túc số và đủ tỷ lệ tán thành.').waitFor();
  await visit?.(page, 'hoi-dong-ket-luan');
  await page.context().close();
}

/** A member who appraised the dossier is told why they may not vote: the ballot is there, disabled. */
export async function conflictedMemberCannotVote(
  { login, visit }: CouncilSteps,
  dossierId: string,
  memberId: string,
): Promise<void> {
  const page = await login(memberId);
  await openFromAgenda(page, dossierId);
  await page.getByText('Bạn không được bỏ phiếu cho hồ sơ này').waitFor();
  await page.getByText('Đã thẩm định hồ sơ: không được bỏ phiếu').waitFor();
  if (await page.getByRole('button', { name: 'Gửi phiếu' }).isEnabled())
    throw new Error(`${memberId} appraised the dossier, yet the ballot is enabled`);
  await visit?.(page, 'hoi-dong-xung-dot');
  await page.context().close();
}

/** The whole council in the browser: opened with the three members, each votes (the first with a comment), closed approved. */
export async function councilApprovesInBrowser(steps: CouncilSteps, dossierId: string): Promise<void> {
  await secretaryOpensSession(steps, dossierId);
  for (const [index, member] of COUNCIL_MEMBERS.entries())
    await memberVotes(steps, dossierId, member, {
      approve: true,
      ...(index === 0 && { comment: 'Hồ sơ đầy đủ, các tiêu chí đạt theo kết quả thẩm định.' }),
    });
  await secretaryClosesApproved(steps, dossierId);
}
