import { ProblemException } from '../platform/problem.exception';

export function notAProvince(code: string): ProblemException {
  return new ProblemException({
    code: 'calendar.not-a-province',
    status: 404,
    title: { vi: 'Lịch làm việc do tỉnh quản lý', en: 'Working calendars are kept by provinces' },
    detail: { vi: `${code} không phải là tỉnh đang có hiệu lực.`, en: `${code} is not a province in force.` },
  });
}
