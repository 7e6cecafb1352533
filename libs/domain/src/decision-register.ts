import { ConflictError, fail, ok, type Result, ValidationError } from './errors';

/**
 * Nghị định 30/2020/NĐ-CP (công tác văn thư), Phụ lục I: an individual decision is numbered
 * "số/QĐ-cơ quan ban hành" (123/QĐ-UBND), a legal document with its year between (18/2022/QĐ-TTg).
 */
export const DECISION_NUMBER = /^(\d+)((?:\/\d{4})?\/QĐ-[\p{L}\d.&-]+)$/u;

/** What the province signs with a number of its register. */
export type NumberedDecision = 'recognition' | 'revocation';

/**
 * The register of an issuing body's decision numbers (sổ đăng ký văn bản đi), one stream per
 * province and year (`decision-numbers-<province>-<year>`), appended at the version read: a
 * number is taken once, by one dossier's decision, and never handed out again; numbers run on
 * from 1 each year, as Nghị định 30/2020 numbers documents from 01/01 to 31/12.
 */
export interface DecisionNumberTaken {
  readonly type: 'DecisionNumberTaken';
  readonly data: {
    readonly province: string;
    readonly year: number;
    /** As it is written on the decision, e.g. 123/QĐ-UBND. */
    readonly decisionNumber: string;
    readonly dossierId: string;
    readonly decision: NumberedDecision;
    readonly takenAt: string;
  };
}

interface Entry {
  readonly key: string;
  readonly decisionNumber: string;
  readonly dossierId: string;
  readonly decision: NumberedDecision;
}

export interface DecisionRegister {
  /** In the order they were taken. */
  readonly entries: readonly Entry[];
  /** The highest number taken, per symbol (QĐ-UBND, 2026/QĐ-UBND…): the next one runs on from it. */
  readonly lastNumber: Readonly<Record<string, number>>;
}

const EMPTY: DecisionRegister = { entries: [], lastNumber: {} };

/** The number and its symbol, leading zeros dropped (0123/QĐ-UBND is 123/QĐ-UBND), or undefined. */
function parse(decisionNumber: string): { readonly number: number; readonly symbol: string } | undefined {
  const match = DECISION_NUMBER.exec(decisionNumber.normalize('NFC').trim());
  return match ? { number: Number(match[1]), symbol: match[2] } : undefined;
}

/** Types this fold does not know (written by a later version) are skipped. */
export function foldDecisionRegister(
  events: readonly { readonly type: string; readonly data: unknown }[],
  from: DecisionRegister = EMPTY,
): DecisionRegister {
  return events.reduce<DecisionRegister>((register, event) => {
    if (event.type !== 'DecisionNumberTaken') return register;
    const { decisionNumber, dossierId, decision } = (event as DecisionNumberTaken).data;
    const parsed = parse(decisionNumber);
    if (!parsed) return register;
    const { number, symbol } = parsed;
    return {
      entries: [...register.entries, { key: `${number}${symbol}`, decisionNumber, dossierId, decision }],
      lastNumber: { ...register.lastNumber, [symbol]: Math.max(register.lastNumber[symbol] ?? 0, number) },
    };
  }, from);
}

/** The number a dossier's decision holds in the register (the last it took), if any. */
export function heldNumber(register: DecisionRegister, dossierId: string, decision: NumberedDecision) {
  return register.entries.findLast((e) => e.dossierId === dossierId && e.decision === decision)?.decisionNumber;
}

export interface NumberRequest {
  readonly province: string;
  readonly year: number;
  readonly dossierId: string;
  readonly decision: NumberedDecision;
  /** The number the signer wrote; absent: the register gives the dossier's own, or the next one. */
  readonly decisionNumber?: string;
  /** The symbol of a number the register gives, e.g. QĐ-UBND. */
  readonly symbol: string;
  readonly takenAt: string;
}

/**
 * The number for a dossier's decision. A number written by the signer is taken unless another
 * decision holds it (409 naming it); without one, the dossier keeps the number it already took for
 * this decision (a decision refused once and signed again keeps its number), else it gets the one
 * after the highest taken. A number is never taken twice and never given back.
 */
export function decideDecisionNumber(
  register: DecisionRegister,
  request: NumberRequest,
): Result<{ readonly decisionNumber: string; readonly events: readonly DecisionNumberTaken[] }> {
  const { dossierId, decision } = request;
  const written = request.decisionNumber?.normalize('NFC').trim();
  const held = heldNumber(register, dossierId, decision);
  if (written === undefined && held !== undefined) return ok({ decisionNumber: held, events: [] });
  const decisionNumber = written ?? `${(register.lastNumber[`/${request.symbol}`] ?? 0) + 1}/${request.symbol}`;
  const parsed = parse(decisionNumber);
  if (!parsed) return fail(malformed());
  const holder = register.entries.find((e) => e.key === `${parsed.number}${parsed.symbol}`);
  if (holder?.dossierId === dossierId && holder.decision === decision) return ok({ decisionNumber, events: [] });
  if (holder) return fail(taken(decisionNumber, holder, request));
  const { province, year, takenAt } = request;
  return ok({
    decisionNumber,
    events: [{ type: 'DecisionNumberTaken', data: { province, year, decisionNumber, dossierId, decision, takenAt } }],
  });
}

const malformed = () =>
  new ValidationError({
    code: 'command.invalid-field',
    messageVi: 'Số quyết định phải có dạng số/QĐ-cơ quan ban hành, ví dụ 123/QĐ-UBND.',
    messageEn: 'A decision number reads number/QĐ-issuing body, e.g. 123/QĐ-UBND.',
    details: { field: 'decisionNumber' },
  });

const taken = (decisionNumber: string, holder: Entry, { year, province }: NumberRequest) =>
  new ConflictError({
    code: 'decision.number-taken',
    messageVi: `Số ${decisionNumber} năm ${year} của tỉnh đã cấp cho quyết định ${holder.decision === 'recognition' ? 'công nhận' : 'thu hồi'} của hồ sơ ${holder.dossierId}; một số chỉ cấp một lần.`,
    messageEn: `Number ${decisionNumber} of ${year} was given to the ${holder.decision} decision of dossier ${holder.dossierId}; a number is given once.`,
    details: { field: 'decisionNumber', decisionNumber, province, year, dossierId: holder.dossierId },
  });
