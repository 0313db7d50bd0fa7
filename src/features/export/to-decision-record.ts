import type { AnswerOf, Answers, Note, RankedComputeTarget, RankedMethod, RankedService, Reason, Recommendation, Source } from '../../decision';
import { QUESTION_BY_ID, SERVICE_RULES, UNSURE, visibleQuestions, whatIf } from '../../decision';
import { formatIsoDate, toIsoDate } from '../shared/format-date';
import { noPreferenceText, noneSeparated } from '../shared/no-preference';
import { rankLabel } from '../shared/rank-label';
import { answerText } from '../shared/answer-words';
import { joinWords, lineageText, numberWord } from '../shared/words';
import { escapeMarkdown, markdownLink } from './markdown-text';

export interface DecisionRecordInput {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** Absolute URL that reopens this result. */
  readonly shareUrl: string;
  /** The day of the record: its `date`, and the start of the time to revisit it. */
  readonly date: Date;
}

/** How long a record holds before it should be looked at again, answers unchanged. */
const REVISIT_AFTER_MONTHS = 6;

/** The file name a record is saved under: one a day, sortable. */
export function decisionRecordFileName(date: Date): string {
  return `decision-record-${toIsoDate(date)}.md`;
}

/** The kind of model, as a title says it ("our image and video model"); none for "something else". */
const TASK_WORDS: Record<Exclude<AnswerOf<'task'>, typeof UNSURE>, string | undefined> = {
  vision: 'image and video',
  language: 'text',
  speech: 'speech',
  document: 'document',
  tabular: 'tabular',
  other: undefined,
};

function modelWords(answers: Answers): string {
  const task = answers.task;
  const words = task === undefined || task === UNSURE ? undefined : TASK_WORDS[task];
  return words === undefined ? 'our model' : `our ${words} model`;
}

/** Words that keep their capital inside a sentence: product names and the like. */
const PROPER_WORDS = new Set(['Azure', 'Microsoft', 'Foundry', 'Fabric', 'Synapse', 'Databricks', 'Python', 'Spark', 'Apache', 'Automated', 'Legacy']);

/** Sentences that open with an instruction ("Check that …") cannot follow "because" as they are. */
const INSTRUCTIONS = new Set(['Check', 'Do', 'Use', 'Follow', 'Make', 'Plan', 'Keep', 'Avoid', 'Prefer', 'Start', 'Set', 'To']);

/**
 * A sentence of ours turned into what follows "Good, because" or "Bad,
 * because": its first letter lowered unless it starts a name; an
 * instruction is introduced rather than bent.
 */
export function becauseClause(sentence: string): string {
  const first = /^[A-Za-z’']+/.exec(sentence)?.[0] ?? '';
  if (INSTRUCTIONS.has(first)) return `there is a catch: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  if (!/^[A-Z][a-z’']*$/.test(first) || PROPER_WORDS.has(first)) return sentence;
  return `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** Sentences end with a full stop, whatever the text they came from ended with. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

const FACTOR_RULES = new Set<string>(SERVICE_RULES.filter((rule) => rule.kind === 'factor').map((rule) => rule.id));

/** The same day `months` later, or the month's last day when it has no such day (31 August + 6 → 28 February). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  return new Date(target.getFullYear(), target.getMonth(), Math.min(date.getDate(), lastDay));
}

/** Numbers sources in the order they are first cited; More Information lists each once. */
class Citations {
  private readonly sources: Source[] = [];

  /** " (source 3)": the number of this page in the list. */
  cite(source: Source): string {
    let index = this.sources.findIndex((known) => known.url === source.url);
    if (index < 0) index = this.sources.push(source) - 1;
    return ` (source ${index + 1})`;
  }

  get list(): readonly Source[] {
    return this.sources;
  }
}

const first = (services: readonly RankedService[]) => services.filter((service) => service.rank === 1);

const quoted = (names: readonly string[]) => names.map((name) => `"${escapeMarkdown(name)}"`);

function title(recommendation: Recommendation, answers: Answers): string {
  const model = modelWords(answers);
  const leaders = first(recommendation.services);
  if (leaders.length === recommendation.services.length) return `Choose where on Azure to train ${model}`;
  if (leaders.length > 1) return `Choose between ${joinWords(leaders.map((service) => service.name))} to train ${model}`;
  const chosen = leaders[0]!;
  if (chosen.id !== 'ai-services') return `Train ${model} on ${chosen.name}`;
  // When a ready-made model will do, nothing is trained from scratch; Foundry Tools can lead on other grounds too.
  const prebuiltSuits = chosen.reasons.some((reason) => reason.guideline === 'prebuilt-suits' && reason.points > 0);
  return prebuiltSuits ? `Tailor a prebuilt model in ${chosen.name} instead of training ${model}` : `Choose ${chosen.name} for ${model}`;
}

/** The answers in plain words, then the question the record settles. */
function contextLines(recommendation: Recommendation, answers: Answers): string[] {
  const questions = visibleQuestions(answers);
  const answered = questions.filter((question) => answers[question.id] !== undefined);
  const unanswered = questions.filter((question) => answers[question.id] === undefined);
  const lines = [`We need to decide where on Azure to train ${modelWords(answers)}, and with what.`, ''];
  if (answered.length === 0) {
    lines.push('We have not answered any of the advisor’s questions yet, so every service starts level.', '');
  } else {
    lines.push('What we told the Azure ML training advisor:', '');
    for (const question of answered) {
      lines.push(`* ${escapeMarkdown(QUESTION_BY_ID[question.id].title)}: ${escapeMarkdown(answerText(question.id, answers[question.id]))}`);
    }
    lines.push('');
  }
  if (unanswered.length > 0) {
    lines.push(`Not answered: ${escapeMarkdown(joinWords(unanswered.map((question) => QUESTION_BY_ID[question.id].title)))}.`, '');
  }
  const names = joinWords(
    recommendation.services.map((service) => service.name),
    'or',
  );
  lines.push(
    recommendation.trainingApplies
      ? `Which service should train it: ${escapeMarkdown(names)}? And if it is Azure Machine Learning, which training method and compute target?`
      : `Which service should train it: ${escapeMarkdown(names)}?`,
  );
  return lines;
}

/** Every service rule that moved a service on these answers, once, in the rules' own order, with its statement. */
function driverLines(recommendation: Recommendation, citations: Citations): string[] {
  const applied = new Set(recommendation.services.flatMap((service) => service.reasons.map((reason) => reason.guideline)));
  const rules = SERVICE_RULES.filter((rule) => applied.has(rule.id));
  if (rules.length === 0) return ['* No guideline applies to our answers yet, so none separates the services.'];
  return rules.map(
    (rule) =>
      `* ${escapeMarkdown(rule.title)}${rule.kind === 'factor' ? ' (tie-breaker only)' : ''}: ${escapeMarkdown(rule.statement)}${citations.cite(rule.source)}`,
  );
}

const reasonText = (reason: Reason) => `${escapeMarkdown(becauseClause(sentence(reason.text)))}${FACTOR_RULES.has(reason.guideline) ? ' (tie-breaker)' : ''}`;
const goodLine = (reason: Reason, citations: Citations) => `* Good, because ${reasonText(reason)}${citations.cite(reason.source)}`;
const badLine = (reason: Reason, citations: Citations) => `* Bad, because ${reasonText(reason)}${citations.cite(reason.source)}`;
const cautionLine = (note: Note, citations: Citations) => `* Bad, because ${escapeMarkdown(becauseClause(sentence(note.text)))}${citations.cite(note.source)}`;

/** "“Python first” and “Already in your organization” (a tie-breaker)". */
const ruleTitles = (reasons: readonly Reason[]) =>
  joinWords(
    [...new Set(reasons.map((reason) => reason.guideline))].map(
      (id) => `“${SERVICE_RULES.find((rule) => rule.id === id)!.title}”${FACTOR_RULES.has(id) ? ' (a tie-breaker)' : ''}`,
    ),
  );

/** "Chosen option: …, because …", and for a tie, what would settle it. */
function outcomeLines(recommendation: Recommendation, answers: Answers): string[] {
  const leaders = first(recommendation.services);
  if (leaders.length === 1) {
    const chosen = leaders[0]!;
    const second = recommendation.services[1];
    const runnersUp = recommendation.services.filter((service) => service.rank === second?.rank);
    const good = chosen.reasons.filter((reason) => reason.points > 0);
    const because =
      good.length > 0
        ? `it comes out best on our answers: it meets ${escapeMarkdown(ruleTitles(good))}, and no other option scores as well (see Pros and Cons of the Options)`
        : 'the guidelines our answers bring in count against every other option more than against it (see Pros and Cons of the Options)';
    const lines = [`Chosen option: "${escapeMarkdown(chosen.name)}", because ${because}.`];
    if (second !== undefined) {
      const names = escapeMarkdown(joinWords(runnersUp.map((service) => service.name)));
      lines.push('', runnersUp.length > 1 ? `Runners-up, ${rankLabel(second).toLowerCase()}: ${names}.` : `Runner-up: ${names}.`);
    }
    return lines;
  }

  const names = leaders.map((service) => service.name);
  const lines = [
    `Chosen option: ${joinWords(quoted(names), 'or')}, to be settled by the team, because ${
      leaders.length === recommendation.services.length ? `all ${numberWord(names.length)} options` : `these ${numberWord(names.length)} options`
    } tie for first place on our answers: no guideline we applied separates them.`,
    '',
    `The team must settle the tie between ${escapeMarkdown(joinWords(names))} before this record is accepted, for example on cost, skills or what the organization already runs.`,
  ];
  // One answer changed, putting a single one of the tied options first: the quickest ways to settle it.
  const settlers = whatIf(answers)
    .filter((change) => change.top.length === 1 && leaders.some((service) => service.id === change.top[0]))
    .slice(0, 3);
  if (settlers.length > 0) {
    lines.push('', 'Answers that would settle it:', '');
    for (const change of settlers) {
      const winner = leaders.find((service) => service.id === change.top[0])!;
      lines.push(
        `* If ${escapeMarkdown(QUESTION_BY_ID[change.question].title)} were “${escapeMarkdown(answerText(change.question, change.to))}”, ${escapeMarkdown(winner.name)} would come first.`,
      );
    }
  }
  return lines;
}

/** The option that tops a training ranking, in words: a name, a tie, or no preference yet. */
function topOption(options: readonly (RankedMethod | RankedComputeTarget)[], kind: 'method' | 'compute', citations: Citations): string {
  if (noneSeparated(options)) return escapeMarkdown(noPreferenceText(kind));
  const top = options.filter((option) => option.rank === 1);
  return top
    .map((option) => `${escapeMarkdown(option.name)} (${escapeMarkdown(lineageText(option.lineage))})${citations.cite(option.lineage.source)}`)
    .join(top.length > 1 ? ', tied with ' : '');
}

function trainingLines(recommendation: Recommendation, citations: Citations, intro: string): string[] {
  return [
    intro,
    '',
    `* Training method: ${topOption(recommendation.methods, 'method', citations)}`,
    `* Compute target: ${topOption(recommendation.computeTargets, 'compute', citations)}`,
  ];
}

function consequenceLines(recommendation: Recommendation, citations: Citations): string[] {
  const leaders = first(recommendation.services);
  const azureMl = leaders.find((service) => service.id === 'azure-ml');
  const plan = (intro: string) => (azureMl !== undefined && recommendation.trainingApplies ? ['', ...trainingLines(recommendation, citations, intro)] : []);

  if (leaders.length > 1) {
    return [
      `* Good, because each of ${escapeMarkdown(joinWords(leaders.map((service) => service.name)))} fares equally well against the guidelines our answers bring in.`,
      '* Bad, because the choice stays open until the team settles the tie; each option’s own consequences are under Pros and Cons of the Options.',
      ...plan('If the team settles on Azure Machine Learning, the training plan there, by today’s names:'),
    ];
  }
  const chosen = leaders[0]!;
  const lines = [
    ...chosen.reasons.filter((reason) => reason.points > 0).map((reason) => goodLine(reason, citations)),
    ...chosen.reasons.filter((reason) => reason.points < 0).map((reason) => badLine(reason, citations)),
    ...chosen.cautions.map((caution) => cautionLine(caution, citations)),
  ];
  if (!lines.some((line) => line.startsWith('* Good,'))) lines.unshift('* Good, because no guideline our answers bring in counts against it as much as against the others.');
  if (!lines.some((line) => line.startsWith('* Bad,'))) lines.push('* Bad, because no drawback came up on our answers; that is not proof there is none.');
  return [...lines, ...plan('The training plan in Azure Machine Learning, by today’s names:')];
}

function confirmationLines(recommendation: Recommendation, date: Date, citations: Citations): string[] {
  const leaders = first(recommendation.services);
  const revisitBy = formatIsoDate(toIsoDate(addMonths(date, REVISIT_AFTER_MONTHS)));
  const trial =
    leaders.length === 1
      ? `Confirm the choice with a short trial on our own data before we build on it, starting from “${escapeMarkdown(leaders[0]!.firstStep.title)}”${citations.cite(leaders[0]!.firstStep)}.`
      : `Confirm the choice with a short trial on our own data once the tie is settled, starting from the chosen service’s own first step: ${leaders
          .map((service) => `“${escapeMarkdown(service.firstStep.title)}”${citations.cite(service.firstStep)}`)
          .join('; ')}.`;
  return [
    trial,
    '',
    `The advice follows Microsoft’s guidance as reviewed on ${formatIsoDate(recommendation.guidanceReviewedOn)}.`,
    `Revisit this decision as soon as any of our answers changes, and in any case by ${revisitBy}, ${numberWord(REVISIT_AFTER_MONTHS)} months after this record, because Azure’s services, their names and the guidance move on: open the share link below, change what no longer holds, and save a new record.`,
  ];
}

function optionLines(service: RankedService, count: number, citations: Citations): string[] {
  const lineage = service.lineage.name === service.name ? '' : ` ${escapeMarkdown(sentence(lineageText(service.lineage)))}${citations.cite(service.lineage.source)}`;
  const lines = [
    `### ${escapeMarkdown(service.name)}`,
    '',
    `${rankLabel(service)} of ${numberWord(count)} on our answers. ${escapeMarkdown(service.summary)}${lineage}`,
    '',
    ...service.reasons.filter((reason) => reason.points > 0).map((reason) => goodLine(reason, citations)),
  ];
  if (service.neutral) lines.push('* Neutral, because no answer we gave moves it either way.');
  lines.push(`* Neutral, because today: ${escapeMarkdown(service.today.text)}${citations.cite(service.today.source)}`);
  lines.push(
    ...service.reasons.filter((reason) => reason.points < 0).map((reason) => badLine(reason, citations)),
    ...service.cautions.map((caution) => cautionLine(caution, citations)),
    '',
  );
  return lines;
}

/**
 * An architecture decision record of a result, in MADR 4.0 form
 * (https://adr.github.io/madr/), to keep next to the code: front matter,
 * context from the answers, the guidelines that applied as decision
 * drivers, every service as an option, the outcome (or the tie the team
 * must settle), and the pros and cons behind it. Sources are numbered and
 * listed once, with the share link, under More Information. Pure: the same
 * input always gives the same text.
 */
export function toDecisionRecord({ recommendation, answers, shareUrl, date }: DecisionRecordInput): string {
  const citations = new Citations();
  const { services } = recommendation;
  const lines: string[] = ['---', 'status: proposed', `date: ${toIsoDate(date)}`, '---', ''];
  const add = (...more: string[]) => lines.push(...more);

  add(`# ${escapeMarkdown(title(recommendation, answers))}`, '');
  add('## Context and Problem Statement', '', ...contextLines(recommendation, answers), '');
  add('## Decision Drivers', '', ...driverLines(recommendation, citations), '');
  add('## Considered Options', '', ...services.map((service) => `* ${escapeMarkdown(service.name)}`), '');
  add('## Decision Outcome', '', ...outcomeLines(recommendation, answers), '');
  add('### Consequences', '', ...consequenceLines(recommendation, citations), '');
  add('### Confirmation', '', ...confirmationLines(recommendation, date, citations), '');
  add('## Pros and Cons of the Options', '');
  for (const service of services) add(...optionLines(service, services.length, citations));

  add('## More Information', '');
  add(`Written with the Azure ML training advisor on ${formatIsoDate(toIsoDate(date))}.`);
  for (const notice of recommendation.notices) {
    if (notice.id === 'training-not-planned') continue;
    add(`${escapeMarkdown(notice.text)}${notice.source === undefined ? '' : citations.cite(notice.source)}`);
  }
  // The address as its own link text, so it survives a paste as plain text.
  add('', `Reopen the result, or change an answer: ${markdownLink(shareUrl, shareUrl)}`, '');
  add('Sources:', '', ...citations.list.map((source, index) => `${index + 1}. ${markdownLink(source.title, source.url)}`));
  return `${lines.join('\n').trimEnd()}\n`;
}

