import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDateTime } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { fetchInbox, INBOX_KEY, type InboxPage as Page, useMarkAllRead, useMarkRead } from './inbox';
import { linkOf } from './links';
import { NotificationPreferencesCard } from './NotificationPreferencesCard';

/** Thông báo: what the procedure told the user's roles and the user, newest first, and how to be told. */
export default function InboxPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInfiniteQuery({
    queryKey: [...INBOX_KEY, 'page', unreadOnly],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Page) => page.nextCursor,
    queryFn: ({ pageParam }) => fetchInbox(pageParam, unreadOnly),
  });
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = inbox.data?.pages[0]?.unreadCount ?? 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('notifications.title')}
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <Typography.Text>{t('notifications.unread', { count: unread })}</Typography.Text>
          <Checkbox checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)}>
            {t('notifications.unreadOnly')}
          </Checkbox>
          {unread > 0 ? (
            <Button size="small" loading={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          ) : null}
        </Space>
      </Card>
      <ProblemAlert error={inbox.error ?? markRead.error ?? markAllRead.error} />
      {inbox.isLoading ? <Spin /> : null}
      {inbox.isSuccess && items.length === 0 ? <Empty description={t('notifications.empty')} /> : null}
      {/* A plain list: each notification a list item, read by a screen reader in order. */}
      <ol className="notifications">
        {items.map((item) => (
          <li key={item.notificationId} className={item.read ? 'notification' : 'notification notification-unread'}>
            <Card size="small">
              <Space wrap>
                {item.read ? null : <Tag color="blue">{t('notifications.new')}</Tag>}
                <Typography.Text strong={!item.read}>{item.subject}</Typography.Text>
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0' }}>{item.body}</Typography.Paragraph>
              <Space wrap>
                <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                <Link to={linkOf(item)} onClick={() => !item.read && markRead.mutate(item.notificationId)}>
                  {t('notifications.open')}
                </Link>
                {item.read ? null : (
                  <Button
                    size="small"
                    loading={markRead.isPending && markRead.variables === item.notificationId}
                    onClick={() => markRead.mutate(item.notificationId)}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </Space>
            </Card>
          </li>
        ))}
      </ol>
      {inbox.hasNextPage ? (
        <Button onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
          {t('notifications.more')}
        </Button>
      ) : null}
      <NotificationPreferencesCard />
    </Space>
  );
}
