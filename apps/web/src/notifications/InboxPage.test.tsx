import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { NotificationBell } from './NotificationBell';
import InboxPage from './InboxPage';
import { answerRequests, IDENTITY, renderSignedIn, type SentRequest } from '../test-support';

const DOSSIER = '7d1c3f5e-0000-4000-8000-000000000001';
const DISPATCHED = {
  notificationId: '2f1c3f5e-0000-5000-8000-000000000001',
  kind: 'criterion-dispatched',
  dossierId: DOSSIER,
  criterionId: '1',
  subject: 'Tiêu chí cần thẩm định: Xã Cẩm Giàng',
  body: 'Hồ sơ của Xã Cẩm Giàng đã được chuyển đến Sở để thẩm định tiêu chí “Quy hoạch”. Hạn thẩm định: 15/04/2026.',
  createdAt: '2026-04-01T02:00:00.000Z',
  read: false,
};
const OLDER = {
  ...DISPATCHED,
  notificationId: '2f1c3f5e-0000-5000-8000-000000000002',
  kind: 'supplement-provided',
  subject: 'Đã bổ sung hồ sơ: Xã Cẩm Giàng',
  body: 'Xã Cẩm Giàng đã bổ sung hồ sơ về tiêu chí “Quy hoạch”; đề nghị tiếp tục thẩm định.',
  read: true,
};
const PREFERENCES = {
  email: null,
  channels: { inApp: true, email: false, dailyDigest: false },
  emailAvailable: true,
  version: 0,
};

function answerInbox(): SentRequest[] {
  return answerRequests((request) => {
    const path = request.url.pathname;
    if (path === '/api/v1/auth/me') return { status: 200, body: IDENTITY };
    if (path === '/api/v1/me/notifications')
      return { status: 200, body: { items: [DISPATCHED, OLDER], unreadCount: 1 } };
    if (path.endsWith('/read')) return { status: 200, body: { ...DISPATCHED, read: true } };
    if (path === '/api/v1/me/notifications/read-all') return { status: 200, body: { marked: 1 } };
    if (path === '/api/v1/me/notification-preferences')
      return request.method === 'PUT'
        ? {
            status: 200,
            body: {
              ...PREFERENCES,
              email: 'tham@snnmt.gov.vn',
              channels: { ...PREFERENCES.channels, email: true },
              version: 1,
            },
          }
        : { status: 200, body: PREFERENCES };
    return { status: 404, body: { title: 'Không tìm thấy' } };
  });
}

describe('the inbox', () => {
  it('lists the notifications newest first, the unread one marked, each linking to where it is acted on', async () => {
    answerInbox();
    renderSignedIn(<InboxPage />);
    expect(await screen.findByText('Tiêu chí cần thẩm định: Xã Cẩm Giàng')).toBeTruthy();
    expect(screen.getByText('1 thông báo chưa đọc')).toBeTruthy();
    const [dispatched, older] = screen.getAllByRole('listitem');
    expect(within(dispatched).getByText('Mới')).toBeTruthy();
    expect(within(dispatched).getByRole('link', { name: 'Mở hồ sơ' }).getAttribute('href')).toBe(
      `/tham-dinh/${DOSSIER}/1`,
    );
    expect(within(older).queryByText('Mới')).toBeNull();
    expect(within(older).queryByRole('button', { name: 'Đánh dấu đã đọc' })).toBeNull();
  });

  it('marks one read: the request names it, the item and the count change at once', async () => {
    const sent = answerInbox();
    renderSignedIn(<InboxPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đánh dấu đã đọc' }));
    await waitFor(() => expect(screen.getByText('0 thông báo chưa đọc')).toBeTruthy());
    expect(screen.queryByText('Mới')).toBeNull();
    const marks = sent.filter((request) => request.url.pathname.endsWith('/read'));
    expect(marks.map((request) => request.url.pathname)).toEqual([
      `/api/v1/me/notifications/${DISPATCHED.notificationId}/read`,
    ]);
  });

  it('marks all read in one request: every item and the count change at once, and the button goes', async () => {
    const sent = answerInbox();
    renderSignedIn(<InboxPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    await waitFor(() => expect(screen.getByText('0 thông báo chưa đọc')).toBeTruthy());
    expect(screen.queryByText('Mới')).toBeNull();
    expect(screen.queryByRole('button', { name: /Đánh dấu/ })).toBeNull();
    const marks = sent.filter((request) => request.url.pathname.startsWith('/api/v1/me/notifications/'));
    expect(marks.map((request) => [request.method, request.url.pathname])).toEqual([
      ['POST', '/api/v1/me/notifications/read-all'],
    ]);
  });

  it('the header bell says how many are unread', async () => {
    answerInbox();
    renderSignedIn(<NotificationBell />);
    expect(await screen.findByRole('link', { name: 'Thông báo: 1 chưa đọc' })).toBeTruthy();
  });

  it('turning e-mail on asks for a valid address, then sends the choice', async () => {
    const sent = answerInbox();
    renderSignedIn(<InboxPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('switch'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Nhập địa chỉ thư điện tử hợp lệ')).toBeTruthy();
    await user.type(screen.getByLabelText('Địa chỉ thư điện tử'), 'tham@snnmt.gov.vn');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu cách nhận thông báo.')).toBeTruthy();
    const put = sent.find((request) => request.method === 'PUT');
    expect(put?.body).toEqual({ emailEnabled: true, email: 'tham@snnmt.gov.vn', dailyDigest: false });
  });
});
