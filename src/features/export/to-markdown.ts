import type { Answers, Note, Notice, RankedComputeTarget, RankedMethod, Reason, Recommendation, Source } from '../../decision';
import { QUESTION_BY_ID, SERVICE_RULES, visibleQuestions } from '../../decision';
import { formatIsoDate, toIsoDate } from '../shared/format-date';
import { noPreferenceText, noneSeparated } from '../shared/no-preference';
import { bestFitLabel, rankLabel } from '../shared/rank-label';
import { answerText } from '../shared/answer-words';
import { lineageText } from '../shared/words';
import { escapeMarkdown, markdownLink } from './markdown-text';

interface MarkdownInput {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
  /** Absolute URL that reopens this result. */
  readonly shareUrl: string;
  /** The day of the export, written into the summary. */
  readonly date: Date;
}

export const MARKDOWN_TITLE = 'Where to train our model on Azure';

const sourceLink = (source: Source | undefined) => (source === undefined ? '' : ` (${markdownLink(source.title, source.url)})`);
const noteLine = (note: Note | Notice, prefix = '') => `- ${prefix}${escapeMarkdown(note.text)}${sourceLink(note.source)}`;

const FACTOR_RULES = new Set<string>(SERVICE_RULES.filter((rule) => rule.kind === 'factor').map((rule) => rule.id));

/** Reasons mostly cite one long page title; a short "source" link keeps them readable. */
const reasonLine = (reason: Reason) =>
  `- ${reason.points < 0 ? 'Against: ' : ''}${escapeMarkdown(reason.text)}${
    FACTOR_RULES.has(reason.guideline) ? ' (tie-breaker)' : ''
  } (${markdownLink('source', reason.source.url)})`;

/** A training option's reasons, watch-outs and notes, as the result page lists them. */
const optionLines = (option: RankedMethod | RankedComputeTarget) => [
  ...option.reasons.map(reasonLine),
  ...option.cautions.map((caution) => noteLine(caution, 'Watch out: ')),
  ...option.notes.map((note) => noteLine(note, 'Note: ')),
];

/** "In the 2019 guidance: Estimator. The high-level way: … (source)". */
const lineageLine = ({ lineage }: RankedMethod | RankedComputeTarget) =>
  `${escapeMarkdown(lineageText(lineage))}. ${escapeMarkdown(lineage.summary)} (${markdownLink('source', lineage.source.url)})`;

/** "1st: " before a name, or nothing when no answer separates the options (the page says so once instead). */
const placeLabel = (option: RankedMethod | RankedComputeTarget, separated: boolean) => (separated ? `${rankLabel(option)}: ` : '');

/**
 * A Markdown summary of a result, ready to paste into a design document:
 * answers, ranked services with reasons and links, the training plan where it
 * applies, the caveat, and the link that reopens the page. Pure: the same
 * input always gives the same text.
 */
export function toMarkdown({ recommendation, answers, shareUrl, date }: MarkdownInput): string {
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  const caveat = recommendation.notices.find((note) => note.id === 'guidelines-only');

  add(`# ${MARKDOWN_TITLE}`, '');
  add(`- Exported: ${formatIsoDate(toIsoDate(date))}`);
  add(`- Guidance reviewed: ${formatIsoDate(recommendation.guidanceReviewedOn)}`);
  add(`- Result: ${markdownLink('Open this result in the Azure ML training advisor', shareUrl)}`, '');
  if (caveat !== undefined) {
    add(`> **Important:** ${escapeMarkdown(caveat.text)}${sourceLink(caveat.source)}`, '');
  }

  add('## Our answers', '');
  for (const question of visibleQuestions(answers)) {
    add(`- **${escapeMarkdown(QUESTION_BY_ID[question.id].title)}:** ${escapeMarkdown(answerText(question.id, answers[question.id]))}`);
  }
  add('');

  add('## Services, best fit first', '');
  for (const service of recommendation.services) {
    const best = bestFitLabel(service);
    add(`### ${rankLabel(service)}: ${escapeMarkdown(service.name)}${best === undefined ? '' : ` (${best.toLowerCase()})`}`, '');
    if (service.lineage.name !== service.name) add(`${escapeMarkdown(lineageText(service.lineage))}${sourceLink(service.lineage.source)}`, '');
    add(escapeMarkdown(service.summary), '');
    add('**Why**', '');
    if (service.neutral) {
      add('- No answer we gave moves this service.');
    } else {
      for (const reason of service.reasons) add(reasonLine(reason));
    }
    add('');
    if (service.cautions.length > 0) add('**Watch out**', '', ...service.cautions.map((caution) => noteLine(caution)), '');
    add(`**Today:** ${escapeMarkdown(service.today.text)}${sourceLink(service.today.source)}`, '');
    add(`**Get started:** ${markdownLink(service.firstStep.title, service.firstStep.url)}`, '');
    add(`**Learn more:** ${service.learnMore.map((source) => markdownLink(source.title, source.url)).join(' · ')}`, '');
  }

  add('## Training in Azure Machine Learning', '');
  if (!recommendation.trainingApplies) {
    const skipped = recommendation.notices.find((note) => note.id === 'training-not-planned');
    add(escapeMarkdown(skipped?.text ?? 'Training methods are not shown for these answers.'), '');
  } else {
    const methodsSeparated = !noneSeparated(recommendation.methods);
    add('### Training methods, best fit first', '');
    if (!methodsSeparated) add(escapeMarkdown(noPreferenceText('method')), '');
    for (const method of recommendation.methods) {
      add(`#### ${placeLabel(method, methodsSeparated)}${escapeMarkdown(method.name)}`, '');
      add(escapeMarkdown(method.summary), '');
      add(lineageLine(method), '');
      add(`**What changed:** ${escapeMarkdown(method.today.text)}${sourceLink(method.today.source)}`, '');
      if (method.neutral) add('- No answer we gave moves this method.');
      add(...optionLines(method), '');
      if (method.firstStep !== undefined) add(`**Get started:** ${markdownLink(method.firstStep.title, method.firstStep.url)}`, '');
    }
    const computeSeparated = !noneSeparated(recommendation.computeTargets);
    add('### Compute target, best fit first', '');
    if (!computeSeparated) add(escapeMarkdown(noPreferenceText('compute')), '');
    for (const target of recommendation.computeTargets) {
      add(
        `- **${placeLabel(target, computeSeparated)}${escapeMarkdown(target.name)}**: ${escapeMarkdown(lineageText(target.lineage))}. What changed: ${escapeMarkdown(target.today.text)}${sourceLink(target.today.source)}`,
        // Nested under the target: two spaces line them up with its text.
        ...optionLines(target).map((line) => `  ${line}`),
      );
    }
    add('');
    const framework = recommendation.frameworkAdvice;
    if (framework !== undefined) {
      add(`### Framework: ${escapeMarkdown(framework.name)}`, '');
      add(`- In the 2019 guidance: ${escapeMarkdown(framework.then)}`);
      add(`- Today: ${escapeMarkdown(framework.today)}`);
      for (const caution of framework.cautions) add(noteLine(caution, 'Watch out: '));
      add(`- Sources: ${framework.sources.map((source) => markdownLink(source.title, source.url)).join(' · ')}`, '');
    }
  }

  const others = recommendation.notices.filter((note) => note.id !== 'guidelines-only' && note.id !== 'training-not-planned');
  if (others.length > 0) add('## Notes', '', ...others.map((note) => noteLine(note)), '');

  // The address as its own link text, so it survives a paste as plain text.
  add('## Share link', '', markdownLink(shareUrl, shareUrl), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
