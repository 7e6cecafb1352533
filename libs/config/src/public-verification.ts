import { createHash } from 'node:crypto';

import type { z } from 'zod';

/**
 * The development and test key of the public verification codes, derived from a public seed so a
 * restart or a rebuild keeps every printed code. Anyone can derive it: production must set
 * PUBLIC_CODE_KEY, or codes could be computed by whoever guesses a recognition's event id.
 */
const DEVELOPMENT_KEY = createHash('sha256').update('ntm-dossiers development public code key').digest('hex');

export function resolvePublicCodeKey<T extends { NTM_PROFILE: string; PUBLIC_CODE_KEY?: string }>(
  config: T,
  context: z.RefinementCtx,
): T & { PUBLIC_CODE_KEY: string } {
  if (config.PUBLIC_CODE_KEY !== undefined) return { ...config, PUBLIC_CODE_KEY: config.PUBLIC_CODE_KEY };
  if (config.NTM_PROFILE === 'production') {
    context.addIssue({
      code: 'custom',
      path: ['PUBLIC_CODE_KEY'],
      message: 'bắt buộc khi NTM_PROFILE=production (required in production: a secret of at least 32 characters)',
    });
  }
  return { ...config, PUBLIC_CODE_KEY: DEVELOPMENT_KEY };
}
