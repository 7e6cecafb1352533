import { Readable } from 'node:stream';

import type { FastifyInstance, FastifyRequest } from 'fastify';

import { isRecordableText } from '@ntm/domain';

import type { FieldError } from './problem';
import { validationProblem } from './problem.exception';

/**
 * How deep a JSON body may nest. The deepest command (a self-assessment: criteria → indicators →
 * evidence) is 5 levels; recursive validators overflow the stack long before 10,000.
 */
export const MAX_BODY_DEPTH = 32;

const REASON_TEXT = 'chứa ký tự không hợp lệ: NUL, ký tự điều khiển hoặc UTF-16 lẻ (invalid character)';
const REASON_DEPTH = `lồng quá ${MAX_BODY_DEPTH} cấp (nested too deeply)`;
/** Enough to show a client what is wrong without building an answer as large as a hostile body. */
const MAX_REPORTED = 20;

/**
 * One rule for every request's text, applied before guards, pipes or handlers read it: path
 * parameters, query and JSON body, at any depth, keys as well as values. A refused request
 * changes nothing.
 */
export function refuseUnstorableInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    const errors = inputErrors(request);
    if (errors.length > 0) throw validationProblem(errors);
  });
}

function inputErrors(request: FastifyRequest): FieldError[] {
  // A file (read as bytes, or streamed to its route) is content, not text fields.
  const body = Buffer.isBuffer(request.body) || request.body instanceof Readable ? undefined : request.body;
  return [...walk(request.params, ''), ...walk(request.query, ''), ...walk(body, '')];
}

/** Iterative, so that a hostile depth cannot overflow the stack here either. */
function walk(root: unknown, rootPath: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (pending.length > 0 && errors.length < MAX_REPORTED) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (!isRecordableText(value)) errors.push({ field: path || 'body', reason: REASON_TEXT });
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_BODY_DEPTH) {
        errors.push({ field: path || 'body', reason: REASON_DEPTH });
        continue;
      }
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (!isRecordableText(key)) errors.push({ field: JSON.stringify(childPath), reason: REASON_TEXT });
        else pending.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return errors;
}
