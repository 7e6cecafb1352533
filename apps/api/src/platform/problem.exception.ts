import { HttpException } from '@nestjs/common';

import type { FieldError, Language, LocalisedText } from './problem';

export interface LocalisedFieldError {
  readonly field: string;
  readonly reason: string | LocalisedText;
}

export interface ProblemInit {
  /** Stable and documented: the problem `type` is `urn:ntm:problem:<code>`. */
  readonly code: string;
  readonly status: number;
  readonly title: LocalisedText;
  readonly detail?: LocalisedText;
  /** Which fields are wrong and why, for a form to show next to each field (in the caller's language when given in both). */
  readonly errors?: readonly LocalisedFieldError[];
  /** Extra members of the problem+json body (e.g. `currentVersion`). */
  readonly extensions?: Record<string, unknown>;
}

/** An error the API means to show: a stable code, a status and a message in both languages. */
export class ProblemException extends HttpException {
  readonly code: string;
  readonly title: LocalisedText;
  readonly detail: LocalisedText | undefined;
  readonly fieldErrors: readonly LocalisedFieldError[];
  readonly extensions: Record<string, unknown>;

  constructor(init: ProblemInit) {
    super(init.title.en, init.status);
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.errors ?? [];
    this.extensions = init.extensions ?? {};
  }
}
export function validationProblem(errors: readonly FieldError[]): ProblemException {
  // A field breaking several constraints has an error for each, but is one field of the summary.
  const fields = [...new Set(errors.map((e) => e.field))];
  return new ProblemException({
    code: 'validation',
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    detail: {
      vi: `${fields.length} trường không hợp lệ: ${fields.join(', ')}`,
      en: `${fields.length} invalid field(s): ${fields.join(', ')}`,
    },
    errors: errors,
  });
}

/** A dependency is unreachable: nothing was changed, and the same request may be sent again later. */
export function serviceUnavailable(dependency: 'database' | 'temporal' | 'event-store'): ProblemException {
  return new ProblemException({
    code: 'unavailable',
    status: 503,
    title: { vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service unavailable' },
    detail: {
      vi: 'Hệ thống tạm thời không kết nối được thành phần cần thiết; hãy gửi lại yêu cầu sau ít phút.',
      en: 'A component the request needs is unreachable for now; send the request again shortly.',
    },
    extensions: { dependency },
  });
}

/** A field error as the caller reads it: a reason given in both languages, in theirs. */
export const fieldErrorIn = (language: Language, { field, reason }: LocalisedFieldError): FieldError => ({
  field,
  reason: typeof reason === 'string' ? reason : reason[language],
});
