import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiProblem } from '../api/problem';
import { ProblemAlert } from './ProblemAlert';

const REASON = 'Số quyết định phải có dạng số/QĐ-cơ quan ban hành, ví dụ 123/QĐ-UBND.';

describe('ProblemAlert', () => {
  it('says a one-field refusal once, though its reason is also its detail and its field error', () => {
    const refusal = new ApiProblem(
      { title: REASON, status: 400, detail: REASON, errors: [{ field: 'decisionNumber', reason: REASON }] },
      400,
    );
    render(<ProblemAlert error={refusal} />);
    expect(screen.getAllByText(REASON, { exact: false })).toHaveLength(1);
  });

  it('lists the detail and every other field with its own reason', () => {
    const refusal = new ApiProblem(
      {
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        detail: 'Có 2 trường không hợp lệ.',
        errors: [
          { field: 'decisionDate', reason: 'Ngày không hợp lệ' },
          { field: 'signer', reason: 'Bắt buộc' },
        ],
      },
      400,
    );
    render(<ProblemAlert error={refusal} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Có 2 trường không hợp lệ.',
      'decisionDate: Ngày không hợp lệ',
      'signer: Bắt buộc',
    ]);
  });
});
