import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AnswerOf, Answers, MultiQuestionId, QuestionId, SingleQuestionId } from '../../../decision';
// A deep import on purpose: the start page must not download the whole decision module (bundle budget).
import { isAllowedValue, normalizeMulti } from '../../../decision/answers';
import { createJsonStorage, createSafeStorage } from './safe-storage';
import { canonicalAnswers } from '../../../decision/share-link';
import { answersFromPersisted } from './sanitize-answers';

/** The storage key; changing it would forget everyone's saved answers. */
export const ANSWERS_STORAGE_KEY = 'azure-ml-advisor';
/** Bump with a `migrate` step when the persisted shape changes. */
export const ANSWERS_STORAGE_VERSION = 1;

interface AnswersState {
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

type Persisted = Pick<AnswersState, 'answers'>;

function withAnswer(answers: Answers, id: QuestionId, value: unknown): Answers {
  const next: Record<string, unknown> = { ...answers };
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next as Answers;
}

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      answers: {},
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
    }),
    {
      name: ANSWERS_STORAGE_KEY,
      version: ANSWERS_STORAGE_VERSION,
      storage: createJsonStorage<Persisted>(createSafeStorage()),
      partialize: (state): Persisted => ({ answers: state.answers }),
      // Any older (or newer) shape keeps whatever answers still pass the allow-list.
      migrate: (persisted): Persisted => ({ answers: answersFromPersisted(persisted) }),
      // Runs on every rehydration, same version included: storage is never trusted.
      merge: (persisted, current) => ({ ...current, answers: answersFromPersisted(persisted) }),
    },
  ),
);
