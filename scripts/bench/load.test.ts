import { describe, expect, it } from 'vitest';
import { mergeLoads, percentile, type LoadResult } from './load';

function result(times: number[], seconds: number): LoadResult {
  const sorted = [...times].sort((a, b) => a - b);
  return { times: sorted, seconds, requestsPerSecond: times.length / seconds, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), requests: times.length, failures: 0, meanBytes: 100 };
}

describe('percentile', () => {
  it('is the smallest value with at least that share of values at or below it', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('mergeLoads', () => {
  it('takes throughput over the total time and percentiles over every response of the rounds', () => {
    const merged = mergeLoads([result([1, 2, 3], 1), result([10, 20, 30, 40, 50, 60, 70], 2)]);
    expect(merged.requests).toBe(10);
    expect(merged.requestsPerSecond).toBeCloseTo(10 / 3);
    expect(merged.p50).toBe(20);
    expect(merged.p95).toBe(70);
  });
});
