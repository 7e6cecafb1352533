import { isRecordableText } from './text';

describe('text the record can keep', () => {
  it.each([
    ['Vietnamese with diacritics', 'Đường thôn Bản Pục đã cứng hoá'],
    ['tab, line feed and carriage return', 'Mục 1:\tđạt\r\nMục 2:\tđạt'],
    ['a character outside the BMP (a surrogate pair)', 'Đạt 𠀧 chuẩn 😀'],
  ])('keeps %s', (_, text) => expect(isRecordableText(text)).toBe(true));

  it.each([
    ['a NUL, which PostgreSQL jsonb refuses', 'abc\u0000def'],
    ['a lone high surrogate', 'abc\ud800def'],
    ['a lone low surrogate', 'abc\udc00def'],
    ['a high surrogate at the end', 'abc\ud83d'],
    ['a bell or another control character', 'abc\u0007def'],
    ['DEL', 'abc\u007fdef'],
  ])('refuses %s', (_, text) => expect(isRecordableText(text)).toBe(false));
});
