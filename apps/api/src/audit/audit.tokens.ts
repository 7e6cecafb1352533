/** Injection tokens of the audit module, each typed where it is provided (audit.module.ts). */
export const AUDIT_POOL = Symbol('AUDIT_POOL');
export const STORED_EVENTS = Symbol('STORED_EVENTS');
export const CHECKPOINTS = Symbol('CHECKPOINTS');
