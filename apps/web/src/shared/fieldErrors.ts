import type { FormInstance } from 'antd';

import { ApiProblem } from '../api/problem';

/**
 * The API names a field by its path in the body (`indicators.3.value`); the form's field names
 * are the same paths, so each reason is shown under its own field as well as in the summary.
 */
export function showFieldErrors(form: FormInstance, error: unknown, toName = (field: string) => field.split('.')) {
  if (!(error instanceof ApiProblem)) return;
  form.setFields(error.errors.map(({ field, reason }) => ({ name: toName(field), errors: [reason] })));
}
