import { HttpException } from '@nestjs/common';

import type { FieldError, LocalisedText } from './problem';

/** An error the API means to show: a stable code, a status and a message in both languages. */
export class ProblemException extends HttpException {
  constructor(
    readonly code: string,
    status: number,
    readonly title: LocalisedText,
    readonly detail?: LocalisedText,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(title.en, status);
  }
}

export function validationProblem(errors: readonly FieldError[]): ProblemException {
  return new ProblemException(
    'validation',
    400,
    { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    {
      vi: `${errors.length} trường không hợp lệ: ${errors.map((e) => e.field).join(', ')}`,
      en: `${errors.length} invalid field(s): ${errors.map((e) => e.field).join(', ')}`,
    },
    errors,
  );
}

/** A dependency is unreachable: nothing was changed, and the same request may be sent again later. */
export function serviceUnavailable(dependency: 'database' | 'temporal' | 'event-store'): ProblemException {
  return new ProblemException(
    'unavailable',
    503,
    { vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service unavailable' },
    {
      vi: 'Hệ thống tạm thời không kết nối được thành phần cần thiết; hãy gửi lại yêu cầu sau ít phút.',
      en: 'A component the request needs is unreachable for now; send the request again shortly.',
    },
    [],
    { dependency },
  );
}
