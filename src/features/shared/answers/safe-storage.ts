import type { PersistStorage, StorageValue } from 'zustand/middleware';

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

type SafeStorage = ReturnType<typeof createSafeStorage>;

function isStorageValue(value: unknown): value is StorageValue<unknown> {
  return typeof value === 'object' && value !== null && 'state' in value;
}

/**
 * JSON on top of the safe storage. Garbage reads as "nothing saved" instead
 * of an exception, so a corrupted entry can never stop the app from starting.
 */
export function createJsonStorage<S>(storage: SafeStorage): PersistStorage<S> {
  return {
    getItem(name) {
      const text = storage.getItem(name);
      if (text === null) return null;
      try {
        const parsed: unknown = JSON.parse(text);
        return isStorageValue(parsed) ? (parsed as StorageValue<S>) : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      let text: string;
      try {
        text = JSON.stringify(value);
      } catch {
        return;
      }
      storage.setItem(name, text);
    },
    removeItem(name) {
      storage.removeItem(name);
    },
  };
}
