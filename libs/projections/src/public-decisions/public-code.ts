import { createHmac } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code copied from paper reads one way only. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PUBLIC_CODE_LENGTH = 10;

/**
 * The public verification code of a recognition: 10 characters (50 bits) of HMAC-SHA256 over the
 * recognition event's id. Deterministic, so a rebuild of the read model prints the same codes; keyed,
 * because event ids are UUID v5 of the command's Idempotency-Key, which a client may choose and so
 * anyone could guess: only the key makes a code that resolves impossible to forge from outside.
 */
export function publicCode(key: string, recognitionEventId: string): string {
  const digest = createHmac('sha256', key).update(recognitionEventId).digest();
  let code = '';
  for (let index = 0; index < PUBLIC_CODE_LENGTH; index += 1) {
    const bit = index * 5;
    const window = (digest[bit >> 3]! << 8) | digest[(bit >> 3) + 1]!;
    code += ALPHABET[(window >> (11 - (bit & 7))) & 31];
  }
  return code;
}

/**
 * A code as typed from paper: any case, spaces or dashes between groups, and the letters Crockford
 * reads as digits (O as 0, I and L as 1). Undefined when it cannot be a code at all.
 */
export function readPublicCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === PUBLIC_CODE_LENGTH && [...code].every((char) => ALPHABET.includes(char)) ? code : undefined;
}
