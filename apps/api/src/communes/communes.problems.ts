import { ProblemException } from '../platform/problem.exception';

const SUBJECT_CODES = { group: 'commune-group', region: 'unit-region', recognition: 'earlier-recognition' } as const;

const ANY_COMMUNE_TITLES = {
  region: { vi: 'Chỉ xã được xếp vùng', en: 'Only a commune has a region' },
  recognition: { vi: 'Chỉ ghi nhận quyết định công nhận của xã', en: 'Only a commune’s recognition is recorded' },
};

/**
 * A group is given to a commune in force; a region, or an earlier recognition, to any commune
 * (merged ones keep old dossiers).
 */
export function notACommune(unitCode: string, subject: keyof typeof SUBJECT_CODES = 'group'): ProblemException {
  const inForce = subject === 'group';
  return new ProblemException({
    code: `${SUBJECT_CODES[subject]}.not-a-commune`,
    status: 422,
    title: inForce
      ? { vi: 'Chỉ xã đang có hiệu lực được xếp nhóm', en: 'Only a commune in force has a group' }
      : ANY_COMMUNE_TITLES[subject],
    detail: inForce
      ? { vi: `${unitCode} không phải là xã đang có hiệu lực.`, en: `${unitCode} is not a commune in force.` }
      : { vi: `${unitCode} không phải là xã.`, en: `${unitCode} is not a commune.` },
    errors: [
      {
        field: 'code',
        reason: inForce ? 'không phải xã đang có hiệu lực (not a commune in force)' : 'không phải xã (not a commune)',
      },
    ],
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
