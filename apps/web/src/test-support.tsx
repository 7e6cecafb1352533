import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';

import { SessionProvider, tokenStore } from './auth/session';
import { retryDelay, shouldRetry } from './shared/queryRetry';

export interface SentRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: unknown;
}

type Answer = (request: SentRequest) => { status: number; body: unknown };
let current: Answer = () => ({ status: 503, body: { title: 'no answer set' } });

/** Installed before the test's imports (setup file): the client keeps the fetch it was created with. */
export function installFetch() {
  vi.stubGlobal('fetch', async (input: Request) => {
    const text = await input.text();
    const request = {
      method: input.method,
      url: new URL(input.url),
      headers: input.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    sent.push(request);
    const { status, body } = current(request);
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  });
}

let sent: SentRequest[] = [];

/**
 * The API as the component sees it over fetch: each answer is chosen by method and path, and
 * every request is kept for the test to read.
 */
export function answerRequests(answer: Answer): SentRequest[] {
  current = answer;
  sent = [];
  return sent;
}

export const IDENTITY = {
  userId: 'tham-dinh-thai-nguyen',
  name: 'Hoàng Thị Thẩm',
  grants: [
    { role: 'department-appraiser', unit: '19', department: 'SXD' },
    { role: 'department-appraiser', unit: '19', department: 'SNV' },
  ],
};

/**
 * The page as a signed-in user sees it: a session from /auth/me, fresh queries, a router.
 * `keepSession`: the tab's session as an earlier page left it (a reload), not a new login.
 * `retried`: failed reads asked again as the application asks them; `at`: the router's address.
 */
export function renderSignedIn(page: ReactNode, { keepSession = false, retried = false, at = '/' } = {}) {
  if (!keepSession) tokenStore.write('token');
  const retry = retried ? { retry: shouldRetry, retryDelay } : { retry: false };
  const queries = new QueryClient({ defaultOptions: { queries: retry } });
  return render(
    <QueryClientProvider client={queries}>
      <MemoryRouter initialEntries={[at]}>
        <SessionProvider login={<p>login</p>}>{page}</SessionProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** jsdom has no object URLs: the browser's saving of a downloaded file, as the page asks for it. */
export function stubObjectUrls() {
  const saved = vi.fn(() => 'blob:saved');
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = saved;
      static override revokeObjectURL = vi.fn();
    },
  );
  return saved;
}
