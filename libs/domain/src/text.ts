/**
 * Characters no text of the record may hold: NUL (PostgreSQL's jsonb refuses it, so an event
 * carrying it could never be appended), lone UTF-16 surrogates (not Unicode: jsonb refuses them as
 * well), and the other C0 control characters and DEL, which jsonb would keep but which are invisible
 * in a printed record and could hide words in a legal document. Tab, line feed and carriage return
 * are ordinary layout in letters and minutes, so they stay allowed.
 */
const UNRECORDABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this rule's purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** One rule for all text entering the record: request fields at the HTTP edge, cells of imported files. */
export const isRecordableText = (text: string): boolean => !UNRECORDABLE.test(text);
