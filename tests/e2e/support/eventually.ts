import { expect } from 'vitest';

/**
 * `expect.poll` for browser tests: retries an assertion on a fresh reading
 * until it holds or `timeoutMs` passes. Unlike vitest's own, it also works
 * inside concurrent tests, and its patience suits a loaded two-core machine.
 */
export function eventually<T>(read: () => T | Promise<T>, message?: string, timeoutMs = 5_000) {
  const retry = async (assert: (value: T) => void): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      try {
        assert(value);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  };
  return {
    toBe: (expected: T) => retry((value) => expect(value, message).toBe(expected)),
    toEqual: (expected: T) => retry((value) => expect(value, message).toEqual(expected)),
    toContain: (expected: string) => retry((value) => expect(value, message).toContain(expected)),
    toBeGreaterThan: (expected: number) => retry((value) => expect(value, message).toBeGreaterThan(expected)),
  };
}
