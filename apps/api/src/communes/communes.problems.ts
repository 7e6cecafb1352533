import type { CommuneGroupDecision } from '@ntm/auth';

import { ProblemException, validationProblem } from '../platform/problem.exception';

type Refusal = Extract<CommuneGroupDecision, { outcome: 'refused' }>['refusal'];

export function groupRefused(refusal: Refusal): ProblemException {
  return refusal === 'reason-required'
    ? validationProblem([{ field: 'reason', reason: 'bắt buộc: căn cứ xếp nhóm (required)' }])
    : new ProblemException({
        code: 'commune-group.unchanged',
        status: 409,
        title: {
          vi: 'Xã đã ở nhóm này',
          en: 'The commune is already in this group',
        },
      });
}

export function groupsChanged(expected: number, actual: number): ProblemException {
  return new ProblemException({
    code: 'commune-group.version-changed',
    status: 412,
    title: { vi: 'Nhóm xã đã thay đổi', en: 'The commune’s groups have changed' },
    detail: {
      vi: `Bạn đang xem phiên bản ${expected}, nhóm xã đã ở phiên bản ${actual}: tải lại trước khi thao tác.`,
      en: `You saw version ${expected}; the groups are at version ${actual}: reload first.`,
    },
    extensions: { currentVersion: actual },
  });
}

export function notACommune(unitCode: string): ProblemException {
  return new ProblemException({
    code: 'commune-group.not-a-commune',
    status: 422,
    title: { vi: 'Chỉ xã đang có hiệu lực được xếp nhóm', en: 'Only a commune in force has a group' },
    detail: { vi: `${unitCode} không phải là xã đang có hiệu lực.`, en: `${unitCode} is not a commune in force.` },
    errors: [{ field: 'code', reason: 'không phải xã đang có hiệu lực (not a commune in force)' }],
  });
}

export function unknownGroupedVersion(catalogueVersion: string): ProblemException {
  return new ProblemException({
    code: 'commune-group.unknown-version',
    status: 422,
    title: { vi: 'Phiên bản danh mục không xếp nhóm xã', en: 'The catalogue version has no commune groups' },
    detail: {
      vi: `Phiên bản ${catalogueVersion} không có bộ tiêu chí áp dụng theo nhóm xã.`,
      en: `Catalogue version ${catalogueVersion} has no criteria set varying by commune group.`,
    },
    errors: [{ field: 'catalogueVersion', reason: 'phiên bản không có nhóm xã (no commune groups)' }],
  });
}
