/** A dependency the system needs could not be reached or started: one clear line for the operator. */
export class StartupError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'StartupError';
  }
}

export function describeCause(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return describeCause(error.errors[0]);
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}
