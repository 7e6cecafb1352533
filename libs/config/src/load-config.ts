import { type z } from 'zod';

import { type AppConfig, configSchema } from './config.schema';

/** A wrong setting: the message names each setting and what it accepts. */
export class ConfigError extends Error {
  constructor(readonly issues: readonly { setting: string; reason: string }[]) {
    super(
      'Cấu hình không hợp lệ (invalid configuration):\n' +
        issues.map((issue) => `  ${issue.setting}: ${issue.reason}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => ({
      setting: issue.path.join('.'),
      reason: describeIssue(issue),
    })),
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') {
    return `giá trị được chấp nhận (accepted values): ${issue.values.join(', ')}`;
  }
  return issue.message;
}
