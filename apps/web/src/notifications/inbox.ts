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
 * The inbox's read model follows a read mark a moment later, so the cached pages (the inbox's and
 * the bell's) are changed at once rather than read again.
 */
function useMarkCached() {
  const queries = useQueryClient();
  return (mark: (page: InboxPage) => InboxPage) =>
    queries.setQueriesData<InfiniteData<InboxPage> | InboxPage>({ queryKey: INBOX_KEY }, (data) =>
      !data ? data : 'pages' in data ? { ...data, pages: data.pages.map(mark) } : mark(data),
    );
}

/** Marks an unread notification read. */
export function useMarkRead() {
  const markCached = useMarkCached();
  return useMutation({
    mutationFn: (notificationId: string) =>
      answer(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: (read) =>
      markCached((page) => ({
        ...page,
        unreadCount: Math.max(0, page.unreadCount - 1),
        items: page.items.map((item) => (item.notificationId === read.notificationId ? read : item)),
      })),
  });
}

/** Marks every unread notification read, those on pages not loaded yet too. */
export function useMarkAllRead() {
  const markCached = useMarkCached();
  return useMutation({
    mutationFn: () => answer(api.POST('/api/v1/me/notifications/read-all')),
    onSuccess: () =>
      markCached((page) => ({
        ...page,
        unreadCount: 0,
        items: page.items.map((item) => ({ ...item, read: true })),
      })),
  });
}
