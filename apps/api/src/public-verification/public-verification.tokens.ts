/** Injection tokens of the public verification module, each typed where it is provided. */
export const PUBLIC_POOL = Symbol('PUBLIC_POOL');
export const PUBLIC_CHECKPOINTS = Symbol('PUBLIC_CHECKPOINTS');
