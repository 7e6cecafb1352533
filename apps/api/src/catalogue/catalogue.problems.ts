import { ProblemException } from '../platform/problem.exception';

export function unknownVersion(version: string): ProblemException {
  return new ProblemException({
    code: 'catalogue.unknown-version',
    status: 404,
    title: { vi: 'Không có phiên bản danh mục này', en: 'No such catalogue version' },
    detail: { vi: `Không có danh mục ${version}.`, en: `No catalogue ${version}.` },
  });
}
