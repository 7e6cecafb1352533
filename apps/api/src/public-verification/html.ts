import { createHash } from 'node:crypto';

/** Markup already escaped: a value of this class is inserted as it is, any other value escaped. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escaped = (value: unknown): string =>
  value instanceof Html ? value.text : String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** Every interpolated value is escaped unless it is `Html`; arrays are joined. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(
    strings.reduce((out, part, index) => {
      const value = values[index - 1];
      return out + (Array.isArray(value) ? value.map(escaped).join('') : escaped(value)) + part;
    }),
  );
}

/**
 * Mobile first, large enough to read on a cheap phone; the contrast of each pair of colours is
 * at least 4.5:1 (WCAG AA). Inline, so a page is one request, and allowed by its hash alone.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f5f5f0}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{background:#8a1c1c;color:#fff;max-width:none}
header p{margin:0 auto;max-width:58rem;font-weight:600}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
a{color:#0b4f9c}
dl{display:grid;grid-template-columns:1fr;gap:.25rem 1rem;margin:0;background:#fff;padding:1rem;border:1px solid #ccc}
dt{font-weight:600;color:#444}
dd{margin:0 0 .5rem;overflow-wrap:anywhere}
.status{display:inline-block;padding:.25rem .75rem;border-radius:.25rem;font-weight:700}
.valid{background:#e3f4e5;color:#14532d;border:2px solid #14532d}
.revoked{background:#fde8e8;color:#7f1d1d;border:2px solid #7f1d1d}
.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.875rem;word-break:break-all}
figure{margin:1rem 0;background:#fff;padding:1rem;border:1px solid #ccc;text-align:center}
figure svg{width:12rem;height:12rem}
figcaption{overflow-wrap:anywhere}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:1rem 0}
label{display:block;font-weight:600}
input{font:inherit;padding:.5rem;border:1px solid #555;border-radius:.25rem;width:100%}
.field{flex:1 1 14rem}
button{font:inherit;padding:.5rem 1rem;border:0;border-radius:.25rem;background:#0b4f9c;color:#fff;cursor:pointer}
table{width:100%;border-collapse:collapse;background:#fff}
caption{text-align:left;font-weight:600;padding:.5rem 0}
th,td{padding:.5rem;border:1px solid #ccc;text-align:left;vertical-align:top}
th{background:#eee}
nav ul{list-style:none;padding:0;display:flex;gap:1rem}
footer{color:#444;font-size:.875rem}
@media (max-width:40rem){
  thead{display:none}
  table,caption,tbody,tr,td{display:block;width:100%}
  tr{border:1px solid #ccc;margin-bottom:.75rem}
  td{border:0;border-bottom:1px solid #eee}
  td::before{content:attr(data-label) ": ";font-weight:600}
}
@media (min-width:40rem){dl{grid-template-columns:14rem 1fr}dd{margin:0}}
@media print{header{background:none;color:#000}form,nav{display:none}}
`;

const styleHash = createHash('sha256').update(STYLE).digest('base64');
/** Built outside the `html` template, whose layout a formatter may change: the hash covers every byte. */
const STYLE_ELEMENT = new Html(`<style>${STYLE}</style>`);

/** No script of any kind, no frame, no other origin: the pages are plain documents. */
export const PAGE_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page frame: Vietnamese, one h1, the portal's name, the note that no login is needed. */
export function page(title: string, body: Html): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title} — Xác minh quyết định công nhận nông thôn mới</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        <header><p>Xác minh quyết định công nhận nông thôn mới</p></header>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
        <footer><p>Trang công khai, không cần đăng nhập; không hiển thị thông tin cá nhân.</p></footer>
      </body>
    </html> `.text;
}

/** A page that only says why there is nothing to show: unknown code, too many requests, a failure. */
export const messagePage = (title: string, text: string): string => page(title, html`<p>${text}</p>`);
