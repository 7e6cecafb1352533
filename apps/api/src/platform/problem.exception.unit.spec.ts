import { validationProblem } from './problem.exception';

describe('validationProblem', () => {
  it('names each invalid field once in its summary, and keeps every reason', () => {
    const problem = validationProblem([
      { field: 'period', reason: 'period must be one of the following values: q1, q2, q3, q4, h1, m9, year' },
      { field: 'year', reason: 'year must be an integer number' },
      { field: 'year', reason: 'year must not be less than 2021' },
    ]);
    expect(problem.detail).toEqual({
      vi: '2 trường không hợp lệ: period, year',
      en: '2 invalid field(s): period, year',
    });
    expect(problem.fieldErrors).toHaveLength(3);
  });
});
