import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAnswersStore } from '../src/features/shared/answers/answers-store';

beforeEach(() => {
  // Every test is a fresh visit: no answers in the store, nothing saved (resetting the store writes to storage).
  useAnswersStore.setState(useAnswersStore.getInitialState(), true);
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
