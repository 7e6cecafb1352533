import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import { useSession } from './session';

function Signed() {
  return <p>{useSession().identity.name}</p>;
}

/** A first page of the tab, signed in: /auth/me answered and kept for this tab. */
async function signedInOnce() {
  answerRequests(() => ({ status: 200, body: IDENTITY }));
  const first = renderSignedIn(<Signed />);
  expect(await screen.findByText(IDENTITY.name)).toBeTruthy();
  first.unmount();
}

describe('the session of a page reloaded without a network', () => {
  it('opens signed in as /auth/me last said when the request gets no answer', async () => {
    await signedInOnce();
    const asked = answerRequests(() => {
      throw new TypeError('Failed to fetch');
    });
    renderSignedIn(<Signed />, { keepSession: true });
    expect(await screen.findByText(IDENTITY.name)).toBeTruthy();
    expect(asked.map((request) => request.url.pathname)).toContain('/api/v1/auth/me');
  });

  it('still ends on a token the API refuses', async () => {
    await signedInOnce();
    answerRequests(() => ({ status: 401, body: { title: 'Phiên đăng nhập đã hết hạn', status: 401 } }));
    renderSignedIn(<Signed />, { keepSession: true });
    expect(await screen.findByText('login')).toBeTruthy();
  });
});
