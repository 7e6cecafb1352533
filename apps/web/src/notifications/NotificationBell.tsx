import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { fetchInbox, INBOX_KEY } from './inbox';

/** How often the header asks for new notifications: reminders come from clocks, not from the user. */
const REFRESH_MS = 60_000;

/** The header's bell: the unread count, a link to the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const inbox = useQuery({
    queryKey: [...INBOX_KEY, 'bell'],
    queryFn: () => fetchInbox(),
    refetchInterval: REFRESH_MS,
  });
  const unread = inbox.data?.unreadCount ?? 0;
  return (
    <Link to="/thong-bao" className="notification-bell" aria-label={t('notifications.bell', { count: unread })}>
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined aria-hidden />
      </Badge>
    </Link>
  );
}
