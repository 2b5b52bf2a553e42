import { afterEach, vi } from 'vitest';

// An unexpected console.error is a bug the assertions did not see: fail the test.
const spy = vi.spyOn(console, 'error');
afterEach(() => {
  const calls = spy.mock.calls.slice();
  spy.mockClear();
  if (calls.length > 0) throw new Error(`console.error appelé : ${calls.map((c) => c.map(String).join(' ')).join('\n')}`);
});
