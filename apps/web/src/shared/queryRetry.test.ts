import { afterEach, describe, expect, it, vi } from 'vitest';

import { ApiProblem } from '../api/problem';
import { retryDelay, shouldRetry } from './queryRetry';

const lagging = new ApiProblem({ code: 'projection.lagging' }, 202);
const refused = new ApiProblem({ code: 'dossier.not-found' }, 404);
const failed = new ApiProblem({}, 503);

describe('which failed reads are asked again', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks a lagging read model again, past the three tries of a lost answer, every second', () => {
    expect(shouldRetry(10, lagging)).toBe(true);
    expect(shouldRetry(59, lagging)).toBe(true);
    expect(shouldRetry(60, lagging)).toBe(false);
    expect(retryDelay(10, lagging)).toBe(1000);
  });

  it('asks a lost answer three times, backing off, and never a refusal', () => {
    expect([0, 1, 2, 3].map((count) => shouldRetry(count, failed))).toEqual([true, true, true, false]);
    expect([0, 1, 2].map((count) => retryDelay(count, failed))).toEqual([1000, 2000, 4000]);
    expect(shouldRetry(0, refused)).toBe(false);
  });

  it('asks nothing again while the browser has no network', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(shouldRetry(0, lagging)).toBe(false);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(false);
  });
});
