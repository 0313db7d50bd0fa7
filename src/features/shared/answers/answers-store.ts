import { create } from 'zustand';
import type { AnswerOf, Answers, MultiQuestionId, QuestionId, SingleQuestionId } from '../../../decision';
// A deep import on purpose: the start page must not download the whole decision module (bundle budget).
import { isAllowedValue, normalizeMulti } from '../../../decision/answers';
import { createSafeStorage } from './safe-storage';
import { canonicalAnswers } from '../../../decision/share-link';
import { answersFromPersisted } from './sanitize-answers';

/** The storage key; changing it would forget everyone's saved answers. */
export const ANSWERS_STORAGE_KEY = 'azure-ml-advisor';
/**
 * Saved as `{ state: { answers }, version }`. Bump it when that shape
 * changes; whatever the version, the answers that pass the allow-list are kept.
 */
export const ANSWERS_STORAGE_VERSION = 1;

export interface AnswersState {
  readonly answers: Answers;
  /** The person picked a value for a single-choice question. */
  readonly answer: <Q extends SingleQuestionId>(id: Q, value: AnswerOf<Q>) => void;
  /** The person ticked or unticked a box of a multi-choice question. */
  readonly tick: (id: MultiQuestionId, value: string, checked: boolean) => void;
  /** The person chose to start again from nothing. */
  readonly restart: () => void;
  /** The person took over the answers of a shared link as their own. */
  readonly loadFromLink: (answers: Answers) => void;
}

function withAnswer(answers: Answers, id: QuestionId, value: unknown): Answers {
  const next: Record<string, unknown> = { ...answers };
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next as Answers;
}

const storage = createSafeStorage();

/**
 * The saved answers, through the allow-list: storage is never trusted, and
 * garbage or an unknown shape reads as nothing saved, so a corrupted entry
 * can never stop the app from starting.
 */
function readSaved(): Answers {
  const text = storage.getItem(ANSWERS_STORAGE_KEY);
  if (text === null) return {};
  try {
    const saved: unknown = JSON.parse(text);
    return typeof saved === 'object' && saved !== null ? answersFromPersisted((saved as { state?: unknown }).state) : {};
  } catch {
    return {};
  }
}

/** Saves the answers; when storage is full or off, they stay in memory for this visit. */
function save(answers: Answers): void {
  storage.setItem(ANSWERS_STORAGE_KEY, JSON.stringify({ state: { answers }, version: ANSWERS_STORAGE_VERSION }));
}

export const useAnswersStore = create<AnswersState>()((set) => ({
  answers: readSaved(),
  answer: (id, value) => {
    if (!isAllowedValue(id, value)) return;
    set((state) => ({ answers: withAnswer(state.answers, id, value) }));
  },
  tick: (id, value, checked) =>
    set((state) => {
      const current: readonly string[] = state.answers[id] ?? [];
      // The box just ticked goes last, so normalizeMulti lets it win over
      // an exclusive "None of these" / "Not sure" (and the other way round).
      const picked = checked ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
      return { answers: withAnswer(state.answers, id, normalizeMulti(id, picked)) };
    }),
  restart: () => set({ answers: {} }),
  loadFromLink: (answers) => set({ answers: canonicalAnswers(answers) }),
}));

useAnswersStore.subscribe((state, previous) => {
  if (state.answers !== previous.answers) save(state.answers);
});

/** Reads the saved answers again, as a page load does, and saves them back in the current shape. */
export function rehydrateAnswers(): void {
  useAnswersStore.setState({ answers: readSaved() });
}
