import { ProblemException } from '../platform/problem.exception';

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
