import { describe, expect, it } from 'vitest';
import { AppError, isDatabaseUnavailable } from './errors';

describe('isDatabaseUnavailable', () => {
  it('recognises unreachable databases through the error chain', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'P1001' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new AppError('UNAVAILABLE'))).toBe(true);
  });

  it('does not mistake other failures for an outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable(new AppError('FORBIDDEN'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
