import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ANSWERS_STORAGE_KEY, ANSWERS_STORAGE_VERSION, rehydrateAnswers, useAnswersStore } from './answers-store';
import { createSafeStorage } from './safe-storage';

function saved(): unknown {
  const text = localStorage.getItem(ANSWERS_STORAGE_KEY);
  return text === null ? null : JSON.parse(text);
}

async function reloadWith(stored: string) {
  // Resetting writes the empty state, so it comes before the stored value, as in a fresh page.
  useAnswersStore.setState(useAnswersStore.getInitialState(), true);
  localStorage.setItem(ANSWERS_STORAGE_KEY, stored);
  rehydrateAnswers();
  return useAnswersStore.getState().answers;
}

beforeEach(() => {
  vi.restoreAllMocks();
});

describe('answers store actions', () => {
  it('records single answers and refuses values outside the allow-list', () => {
    const { answer } = useAnswersStore.getState();
    answer('task', 'vision');
    answer('data', 'unsure');
    // @ts-expect-error — a value the contract does not know
    answer('task', 'robots');
    expect(useAnswersStore.getState().answers).toEqual({ task: 'vision', data: 'unsure' });
  });

  it('keeps "None of these" and "Not sure" exclusive when boxes are ticked', () => {
    const { tick } = useAnswersStore.getState();
    tick('existing', 'synapse', true);
    tick('existing', 'azure-ml', true);
    expect(useAnswersStore.getState().answers.existing).toEqual(['azure-ml', 'synapse']);
    tick('existing', 'none', true);
    expect(useAnswersStore.getState().answers.existing).toEqual(['none']);
    tick('existing', 'databricks', true);
    expect(useAnswersStore.getState().answers.existing).toEqual(['databricks']);
    tick('existing', 'unsure', true);
    expect(useAnswersStore.getState().answers.existing).toEqual(['unsure']);
    tick('existing', 'unsure', false);
    expect(useAnswersStore.getState().answers).not.toHaveProperty('existing');
  });

  it('restarts from nothing and loads a link through the allow-list', () => {
    const { answer, restart, loadFromLink } = useAnswersStore.getState();
    answer('task', 'tabular');
    restart();
    expect(useAnswersStore.getState().answers).toEqual({});
    loadFromLink({ task: 'speech', control: 'bogus' } as never);
    expect(useAnswersStore.getState().answers).toEqual({ task: 'speech' });
  });
});

describe('answers persistence', () => {
  it('saves only the answers, with a version, under one key', () => {
    useAnswersStore.getState().answer('task', 'document');
    expect(saved()).toEqual({ state: { answers: { task: 'document' } }, version: ANSWERS_STORAGE_VERSION });
  });

  it('restores saved answers on reload', async () => {
    const answers = await reloadWith(JSON.stringify({ state: { answers: { task: 'vision', existing: ['synapse'] } }, version: 1 }));
    expect(answers).toEqual({ task: 'vision', existing: ['synapse'] });
  });

  it.each([
    ['not JSON', '{"state": {"answers": '],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['state is a string', JSON.stringify({ state: 'hello', version: 1 })],
    ['answers is an array', JSON.stringify({ state: { answers: ['task'] }, version: 1 })],
  ])('starts empty when storage holds garbage (%s)', async (_label, stored) => {
    expect(await reloadWith(stored)).toEqual({});
  });

  it('drops unknown questions and values, keeping the valid ones', async () => {
    const stored = {
      state: { answers: { task: '<img src=x onerror=alert(1)>', control: 'full', existing: ['synapse', 'mainframe'], evil: 'yes' } },
      version: 1,
    };
    expect(await reloadWith(JSON.stringify(stored))).toEqual({ control: 'full', existing: ['synapse'] });
  });

  it('migrates answers saved by another version through the same allow-list', async () => {
    const old = { state: { answers: { task: 'speech', prebuilt: 'maybe' } }, version: 0 };
    expect(await reloadWith(JSON.stringify(old))).toEqual({ task: 'speech' });
    expect(saved()).toEqual({ state: { answers: { task: 'speech' } }, version: ANSWERS_STORAGE_VERSION });
  });

  it('keeps working in memory when every storage call throws', async () => {
    const boom = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(boom);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(boom);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(boom);
    expect(() => rehydrateAnswers()).not.toThrow();
    useAnswersStore.getState().answer('task', 'vision');
    expect(useAnswersStore.getState().answers).toEqual({ task: 'vision' });
  });

  it('keeps working in memory when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    useAnswersStore.getState().answer('task', 'language');
    useAnswersStore.getState().answer('control', 'some');
    expect(useAnswersStore.getState().answers).toEqual({ task: 'language', control: 'some' });
  });
});

describe('safe storage', () => {
  it('reads nothing and writes nowhere when there is no storage at all', () => {
    const storage = createSafeStorage(() => undefined);
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(storage.getItem('k')).toBeNull();
    expect(() => storage.removeItem('k')).not.toThrow();
  });

  it('survives a storage getter that throws', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(storage.getItem('k')).toBeNull();
  });
});

