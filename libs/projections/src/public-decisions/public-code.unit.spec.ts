import { PUBLIC_CODE_LENGTH, publicCode, readPublicCode } from './public-code';

const KEY = 'a key of at least thirty-two characters for tests';
const EVENT_ID = '6f1c0b8e-3d2a-5e4f-9a7b-1c2d3e4f5a6b';

describe('the public verification code of a recognition', () => {
  it('is 10 characters of Crockford base32, without I, L, O or U that read as other characters', () => {
    const code = publicCode(KEY, EVENT_ID);
    expect(code).toHaveLength(PUBLIC_CODE_LENGTH);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('is the same for the same recognition event on every rebuild, and differs between events', () => {
    expect(publicCode(KEY, EVENT_ID)).toBe(publicCode(KEY, EVENT_ID));
    expect(publicCode(KEY, EVENT_ID)).not.toBe(publicCode(KEY, '6f1c0b8e-3d2a-5e4f-9a7b-1c2d3e4f5a6c'));
  });

  it('cannot be computed from the event id alone: another key gives another code', () => {
    expect(publicCode(`${KEY}!`, EVENT_ID)).not.toBe(publicCode(KEY, EVENT_ID));
  });

  it('spreads over the alphabet: no collision among a thousand recognitions', () => {
    const codes = new Set(Array.from({ length: 1000 }, (_, index) => publicCode(KEY, `event-${index}`)));
    expect(codes.size).toBe(1000);
  });

  it('is read back as typed from paper: any case, groups split by a space or dash, O for 0, I or L for 1', () => {
    const code = publicCode(KEY, EVENT_ID);
    expect(readPublicCode(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`)).toBe(code);
    expect(readPublicCode('7kq2m 9xh4o')).toBe('7KQ2M9XH40');
    expect(readPublicCode('IL23456789')).toBe('1123456789');
    expect(readPublicCode('too-short')).toBeUndefined();
    expect(readPublicCode('UUUUUUUUUU')).toBeUndefined();
    expect(readPublicCode('<script>a1')).toBeUndefined();
  });
});
