import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import DepartmentQueue from './DepartmentQueue';

const row = (criterionId: string, dueDate: string, overdue = false) => ({
  dossierId: '7d1c3f5e-0000-4000-8000-000000000001',
  unitCode: '02008',
  criterionId,
  department: 'SXD',
  tier: 'province',
  dueDate,
  status: 'pending',
  overdue,
  reminderSent: false,
});

describe('DepartmentQueue', () => {
  it('lists the criteria of every department the appraiser serves, and filters through the API', async () => {
    const sent = answerRequests((request) => {
      if (request.url.pathname === '/api/v1/auth/me') return { status: 200, body: IDENTITY };
      const criterion = request.url.searchParams.get('criterion');
      const items = [row('1', '2026-12-18'), row('2', '2026-12-01', true)].filter(
        (item) => !criterion || item.criterionId === criterion,
      );
      return { status: 200, body: { items } };
    });
    renderSignedIn(<DepartmentQueue />);
    expect(await screen.findByText('18/12/2026')).toBeTruthy();
    expect(screen.getByText('Quá hạn')).toBeTruthy();
    expect(screen.getByText('2 tiêu chí đang hiển thị')).toBeTruthy();
    // Acting for all of the user's departments at once: the role without a department.
    expect(sent.find((request) => request.url.pathname.endsWith('/department'))?.headers.get('X-Acting-Role')).toBe(
      'department-appraiser@19',
    );

    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Lọc theo tiêu chí' }), '2');
    await waitFor(() => expect(screen.getByText('1 tiêu chí đang hiển thị')).toBeTruthy());
    expect(sent.at(-1)?.url.searchParams.get('criterion')).toBe('2');
  });
});
