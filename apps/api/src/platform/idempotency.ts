import { v4 as uuidv4, v5 as uuidv5 } from 'uuid';

import { ProblemException } from './problem.exception';

/** Namespace for ids derived from Idempotency-Key headers (UUID v5): same key, same id. */
const IDEMPOTENCY_NAMESPACE = '0b6f2f0e-5a4f-4f43-9d5e-6b0b8e1f4c21';
const MAX_KEY_LENGTH = 200;

/**
 * The command id of a POST: derived from its Idempotency-Key (scoped by `scope`, e.g. the actor,
 * so two clients' keys never collide), or fresh when the client sent none.
 */
export function commandIdFrom(key: string | string[] | undefined, scope: string): string {
  if (key === undefined) return uuidv4();
  if (typeof key !== 'string' || key.trim().length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new ProblemException({
      code: 'validation',
      status: 400,
      title: { vi: 'Idempotency-Key không hợp lệ', en: 'Invalid Idempotency-Key' },
      detail: { vi: `Khoá phải có 1–${MAX_KEY_LENGTH} ký tự`, en: `The key must have 1–${MAX_KEY_LENGTH} characters` },
      errors: [{ field: 'Idempotency-Key', reason: `1–${MAX_KEY_LENGTH} ký tự (characters)` }],
    });
  }
  return uuidv5(`${scope}\n${key}`, IDEMPOTENCY_NAMESPACE);
}
