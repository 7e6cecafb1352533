import type { z } from 'zod';

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
  return parseSettings(configSchema, env);
}

/** Settings read by a schema of their own (the apps', the test harness's), refused with every reason at once. */
export function parseSettings<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(env);
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
