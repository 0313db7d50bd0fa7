import type { Answers, QuestionId, ServiceId, WhatIfChange } from '../../../decision';
import { NONE, QUESTION_BY_ID, SERVICES, SERVICE_IDS, UNSURE, optionLabel } from '../../../decision';
import { joinWords, numberWord } from '../../shared/words';

/** What first place would look like, in words. */
export function outcomeText(top: readonly ServiceId[]): string {
  const names = top.map((id) => SERVICES[id].name);
  if (names.length === 1) return `${names[0]} would rank first`;
  if (names.length === SERVICE_IDS.length) return `all ${numberWord(names.length)} services would be joint first`;
  return `${joinWords(names)} would be joint first`;
}

/** The answers the change describes: everything else stays as it was. */
export function changedAnswers(answers: Answers, change: WhatIfChange): Answers {
  return { ...answers, [change.question]: change.to } as Answers;
}

/**
 * How a change moves a question: to other values (single choice), a box
 * ticked or unticked (multiple choice), or back to "Not sure".
 */
type Move = 'to' | 'added' | 'removed' | 'unsure';

/** One alternative answer inside a group: the link goes to `change`, labelled with what the person would pick. */
interface WhatIfAlternative {
  readonly change: WhatIfChange;
  readonly value: string;
  readonly label: string;
}

/** Changes to one question, the same way, with the same outcome: one sentence, one link per alternative. */
export interface WhatIfGroup {
  readonly question: QuestionId;
  readonly move: Move;
  readonly top: readonly ServiceId[];
  readonly alternatives: readonly WhatIfAlternative[];
}

const asList = (answer: unknown): readonly string[] => (answer === undefined ? [] : Array.isArray(answer) ? answer : [String(answer)]);

/** The one value a change is about, and how it moves the question. */
function moveOf(change: WhatIfChange): { move: Move; value: string } {
  const to = asList(change.to);
  if (to.includes(UNSURE)) return { move: 'unsure', value: UNSURE };
  if (!Array.isArray(change.to) || to.includes(NONE)) return { move: 'to', value: to[0]! };
  const from = asList(change.from).filter((value) => value !== NONE && value !== UNSURE);
  const added = to.find((value) => !from.includes(value));
  if (added !== undefined) return { move: 'added', value: added };
  return { move: 'removed', value: from.find((value) => !to.includes(value)) ?? to[0]! };
}

type Clause = (phrases: string, move: Move) => string;

interface QuestionWords {
  /** Words for values whose option label does not read well inside a sentence. */
  readonly phrases?: Readonly<Record<string, string>>;
  /** How any other value's label goes into the sentence; lower-cased by default. */
  readonly label?: (label: string) => string;
  /** The clause after "If", given the values' phrases already joined with "or". */
  readonly clause: Clause;
}

const asIs = (label: string) => label;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The plain fallback for questions that never move first place (the training questions): the labels as seen. */
const answered = (question: QuestionId): QuestionWords => ({
  label: (label) => `“${label}”`,
  clause: (phrases) => `you answered “${QUESTION_BY_ID[question].title}” with ${phrases}`,
});

/** A multiple-choice question, where a change ticks or unticks one box, or picks "None of these". */
const ticked = (had: string, hadNot: string, none: string): QuestionWords => ({
  label: asIs,
  clause: (phrases, move) => (move === 'added' ? `${had} ${phrases}` : move === 'removed' ? `${hadNot} ${phrases}` : none),
});

const itself: Clause = (phrases) => phrases;

/**
 * Each question's change as a plain clause ("your team preferred R or
 * SQL"). A Record, so a new question fails to compile until it has words.
 */
const WORDS: Record<QuestionId, QuestionWords> = {
  task: {
    phrases: {
      vision: 'understand images or video',
      language: 'understand or generate text',
      speech: 'work with speech',
      document: 'extract data from documents',
      tabular: 'predict from tabular data',
      other: 'do something else',
    },
    clause: (phrases) => `your model had to ${phrases}`,
  },
  prebuilt: {
    phrases: { yes: 'a prebuilt model would meet your requirements', no: 'you needed a model of your own' },
    clause: itself,
  },
  control: {
    phrases: { full: 'full', some: 'some', little: 'little' },
    clause: (phrases) => `you needed ${phrases} control over training`,
  },
  effort: {
    phrases: { little: 'as little time as possible', moderate: 'a moderate amount of time', lots: 'whatever time it takes' },
    clause: (phrases) => `you wanted to spend ${phrases} on training`,
  },
  data: {
    phrases: { standard: 'you didn’t need distributed compute', large: 'your data outgrew standard compute' },
    clause: itself,
  },
  pyspark: {
    phrases: { yes: 'your team could work with PySpark', no: 'your team couldn’t work with PySpark' },
    clause: itself,
  },
  unified: {
    phrases: {
      yes: 'you wanted data engineering and data science in one service',
      no: 'separate services for data engineering and data science were fine',
    },
    clause: itself,
  },
  language: {
    phrases: { nocode: 'no code' },
    label: asIs,
    clause: (phrases) => `your team preferred ${phrases}`,
  },
  ui: {
    phrases: { yes: 'you wanted a visual interface for the lifecycle', no: 'you didn’t need a visual interface' },
    clause: itself,
  },
  existing: ticked('your organization already used', 'your organization didn’t use', 'your organization used none of these services'),
  workflow: answered('workflow'),
  needs: { ...ticked('your workflow also had to', 'your workflow didn’t have to', 'your workflow needed none of these'), label: lowerFirst },
  framework: answered('framework'),
  setup: answered('setup'),
  compute: answered('compute'),
};

function phraseFor(question: QuestionId, value: string): string {
  const words = WORDS[question];
  return words.phrases?.[value] ?? (words.label ?? lowerFirst)(optionLabel(question, value));
}

/** A group's change as a sentence a person can act on. */
export function describeGroup(group: WhatIfGroup): string {
  const title = QUESTION_BY_ID[group.question].title;
  const clause =
    group.move === 'unsure'
      ? `you weren’t sure about “${title}”`
      : WORDS[group.question].clause(joinWords(group.alternatives.map((alternative) => phraseFor(group.question, alternative.value)), 'or'), group.move);
  return `If ${clause}, ${outcomeText(group.top)}.`;
}

/** One change on its own, worded as its group would be. */
export function describeChange(change: WhatIfChange): string {
  return describeGroup(groupChanges([change])[0]!);
}

const outcomeKey = (top: readonly ServiceId[]) => [...top].sort().join('+');

/**
 * Gathers changes to the same question, made the same way, with the same
 * outcome, into one group ("If your team preferred R, Scala or SQL…"), and
 * puts the most telling first without dropping any: one group per distinct
 * outcome before repeats of an outcome, and real answers before "Not sure"
 * (which only takes an answer back). Otherwise keeps the decision module's
 * order (questions as asked, options as listed).
 */
export function groupChanges(changes: readonly WhatIfChange[]): WhatIfGroup[] {
  const groups = new Map<string, { question: QuestionId; move: Move; top: readonly ServiceId[]; alternatives: WhatIfAlternative[] }>();
  for (const change of changes) {
    const { move, value } = moveOf(change);
    const key = `${change.question}|${move}|${outcomeKey(change.top)}`;
    const group = groups.get(key) ?? { question: change.question, move, top: change.top, alternatives: [] };
    group.alternatives.push({ change, value, label: optionLabel(change.question, value) });
    groups.set(key, group);
  }
  const all = [...groups.values()];
  const byCertainty = [...all.filter((group) => group.move !== 'unsure'), ...all.filter((group) => group.move === 'unsure')];
  const seen = new Set<string>();
  const firsts: WhatIfGroup[] = [];
  const rest: WhatIfGroup[] = [];
  for (const group of byCertainty) {
    const key = outcomeKey(group.top);
    (seen.has(key) ? rest : firsts).push(group);
    seen.add(key);
  }
  return [...firsts, ...rest];
}
