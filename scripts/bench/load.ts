// One load of the server: autocannon from this process (a second process on
// loopback), every response time kept so that p50 and p95 are exact.
import autocannon from 'autocannon';

export interface LoadOptions {
  origin: string;
  /** A fixed path, or one made per request (so that no two requests share a cache entry). */
  path: string | (() => string);
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  /** Every response time (ms), sorted, and the time the load lasted: rounds are merged from them. */
  times: number[];
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  requests: number;
  /** Responses that were not 2xx, errors and timeouts: a bench that measures failures measures nothing. */
  failures: number;
  meanBytes: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

export async function load({ origin, path, connections, durationSeconds }: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let bytes = 0;
  const instance = autocannon({
    url: origin,
    connections,
    duration: durationSeconds,
    requests: [typeof path === 'string' ? { method: 'GET', path } : { method: 'GET', setupRequest: (request) => ({ ...request, path: path() }) }],
  });
  instance.on('response', (_client, _status, responseBytes, responseTime) => {
    times.push(responseTime);
    bytes += responseBytes;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    times,
    seconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    meanBytes: times.length ? bytes / times.length : 0,
  };
}

/** Several loads of the same scenario as one: throughput over their total time, percentiles over all their responses. */
export function mergeLoads(loads: readonly LoadResult[]): LoadResult {
  const times = loads.flatMap((result) => result.times).sort((a, b) => a - b);
  const seconds = loads.reduce((sum, result) => sum + result.seconds, 0);
  const requests = loads.reduce((sum, result) => sum + result.requests, 0);
  return {
    times,
    seconds,
    requestsPerSecond: requests / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    requests,
    failures: loads.reduce((sum, result) => sum + result.failures, 0),
    meanBytes: loads.reduce((sum, result) => sum + result.meanBytes * result.requests, 0) / Math.max(1, requests),
  };
}
