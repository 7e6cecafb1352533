export type CatalogueErrorCode =
  | 'invalid-data'
  | 'unknown-version'
  | 'unknown-set'
  | 'unknown-regime'
  | 'variant-mismatch'
  | 'no-set-in-force'
  | 'no-regime-in-force';

/** A refusal of the catalogue: a stable code, a Vietnamese message and its English twin. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';

  constructor(
    readonly code: CatalogueErrorCode,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}
