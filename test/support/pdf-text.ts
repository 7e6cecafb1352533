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

/** pdftotext's output: the pages' text, each ended by a form feed. */
const extracted = (file: string): string => execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');

/** The text of a PDF file as a reader sees it, runs of white space made one space. */
export const pdfText = (file: string): string => oneSpaced(extracted(file));

/** Each page's text, as `pdfText` gives the whole. */
export const pdfPages = (file: string): string[] => extracted(file).split('\f').slice(0, -1).map(oneSpaced);
