import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's poppler-utils, installed by scripts/install-tools.sh where it runs as root. */
const PDFTOTEXT = '/usr/bin/pdftotext';

/** Tests that read PDFs back as text: skipped, saying why, where pdftotext is not installed. */
export function describeWithPdftotext(name: string, tests: () => void): void {
  const available = existsSync(PDFTOTEXT);
  const reason = `BỎ QUA (skipped): không có ${PDFTOTEXT} — apt-get install poppler-utils, hoặc npm run tools:install với quyền root`;
  if (!available) process.stderr.write(`${name}: ${reason}\n`);
  (available ? describe : describe.skip)(available ? name : `${name} — ${reason}`, tests);
}

/** The text of a PDF file as a reader sees it, runs of white space made one space. */
export const pdfText = (file: string): string =>
  execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Each page's text, as `pdfText` gives the whole. */
export const pdfPages = (file: string): string[] =>
  execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' '));
