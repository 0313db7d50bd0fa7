/**
 * A localStorage that never throws. Storage can be missing (some embedded
 * browsers), throw on every call (storage switched off, old private modes),
 * or be full. The store keeps the answers in memory for this visit anyway, so
 * a failed write only means they will not survive a reload; nothing is shown
 * to the person, because that is not worth alarming them about.
 */
export function createSafeStorage(getStorage: () => Storage | undefined = () => globalThis.localStorage) {
  return {
    getItem(name: string): string | null {
      try {
        return getStorage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    setItem(name: string, value: string): void {
      try {
        getStorage()?.setItem(name, value);
      } catch {
        // Full or disabled: the answers stay in memory for this visit.
      }
    },
    removeItem(name: string): void {
      try {
        getStorage()?.removeItem(name);
      } catch {
        // Nothing to undo; see setItem.
      }
    },
  };
}
