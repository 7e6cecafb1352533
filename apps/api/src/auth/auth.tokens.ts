/** Injection tokens of the auth module, each typed where it is provided (auth-providers.ts). */
export const ADMINISTRATIVE_UNITS = Symbol('ADMINISTRATIVE_UNITS');
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
export const DEV_TOKEN_SIGNER = Symbol('DEV_TOKEN_SIGNER');
export const DEMO_USERS = Symbol('DEMO_USERS');
export const SCOPE_FILTER = Symbol('SCOPE_FILTER');
