import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';

export type InboxPage = components['schemas']['InboxPage'];

export const INBOX_KEY = ['notifications'] as const;

/** Reads the first page: the header's bell needs only the unread count. */
export const fetchInbox = (cursor?: string, unread?: boolean): Promise<InboxPage> =>
  answer(
    api.GET('/api/v1/me/notifications', {
      params: { query: { limit: '20', ...(cursor && { cursor }), ...(unread && { unread: 'true' }) } },
    }),
  );

/**
 * Marks an unread notification read. The inbox's read model follows the record a moment later, so
 * the cached pages and the bell's count are updated at once rather than read again.
 */
export function useMarkRead() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      answer(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: (read) => {
      const mark = (page: InboxPage): InboxPage => ({
        ...page,
        unreadCount: Math.max(0, page.unreadCount - 1),
        items: page.items.map((item) => (item.notificationId === read.notificationId ? read : item)),
      });
      queries.setQueriesData<InfiniteData<InboxPage> | InboxPage>({ queryKey: INBOX_KEY }, (data) =>
        !data ? data : 'pages' in data ? { ...data, pages: data.pages.map(mark) } : mark(data),
      );
    },
  });
}
