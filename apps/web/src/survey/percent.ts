import { formatNumber } from '../shared/format';

/** A rate (0–1) as Vietnamese write a percentage: 0,905 → "90,5 %". */
export const percent = (rate: number): string => `${formatNumber(Math.round(rate * 1000) / 10)} %`;
