import { describe, expect, it } from 'vitest';
import type { Answers, RankedService, Recommendation } from '../../decision';
import { QUESTION_BY_ID, SERVICE_IDS, SERVICE_RULES, SERVICES, optionLabel, recommend, visibleQuestions } from '../../decision';
import { singlesAndPairs } from '../../decision/testing/answer-samples';
import { FULL_ANSWERS, PREBUILT_ANSWERS, shareUrlFor } from '../shared/testing/result-fixtures';
import { escapeMarkdown } from './markdown-text';
import { listItems, parseStructure, sectionLines } from './testing/markdown-structure';
import { addMonths, becauseClause, decisionRecordFileName, toDecisionRecord } from './to-decision-record';

const DATE = new Date(2026, 11, 1, 9, 30);

/** Two services tie for first: full control, nothing else said about the platform. */
const TIED_ANSWERS: Answers = { task: 'tabular', control: 'full' };
/** Azure Machine Learning alone first, with the training questions answered. */
const AZURE_ML_ANSWERS: Answers = {
  task: 'vision',
  prebuilt: 'no',
  control: 'full',
  language: 'python',
  ui: 'yes',
  workflow: 'multi-step',
  needs: ['unattended'],
  compute: 'managed-cluster',
};

function recordFor(answers: Answers, shareUrl = shareUrlFor(answers), date = DATE) {
  const recommendation = recommend(answers);
  const markdown = toDecisionRecord({ recommendation, answers, shareUrl, date });
  return { recommendation, markdown, ...parseStructure(markdown) };
}

const leadersOf = (recommendation: Recommendation) => recommendation.services.filter((service) => service.rank === 1);

/** The MADR 4.0 skeleton this record must have, with every service under Pros and Cons, best first. */
function expectedHeadings(recommendation: Recommendation) {
  return [
    { level: 2, text: 'Context and Problem Statement' },
    { level: 2, text: 'Decision Drivers' },
    { level: 2, text: 'Considered Options' },
    { level: 2, text: 'Decision Outcome' },
    { level: 3, text: 'Consequences' },
    { level: 3, text: 'Confirmation' },
    { level: 2, text: 'Pros and Cons of the Options' },
    ...recommendation.services.map((service) => ({ level: 3, text: escapeMarkdown(service.name) })),
    { level: 2, text: 'More Information' },
  ];
}

const BULLET = /^(Good|Neutral|Bad), because \S/;

/** The Good/Neutral/Bad bullets of one option under Pros and Cons of the Options. */
function optionBullets(markdown: string, service: RankedService) {
  const items = listItems(sectionLines(markdown, `### ${escapeMarkdown(service.name)}`));
  return {
    items,
    good: items.filter((item) => item.startsWith('Good, because ')),
    neutral: items.filter((item) => item.startsWith('Neutral, because ')),
    bad: items.filter((item) => item.startsWith('Bad, because ')),
  };
}

/** What a reason or caution reads as after "because": the sentence, escaped, minus its capital. */
const clauseOf = (text: string) => escapeMarkdown(becauseClause(/[.!?]$/.test(text) ? text : `${text}.`));

describe('toDecisionRecord', () => {
  it('matches the reviewed record for a full set of answers', () => {
    expect(recordFor(FULL_ANSWERS).markdown).toMatchSnapshot();
  });

  it('matches the reviewed record for a tie', () => {
    expect(recordFor(TIED_ANSWERS).markdown).toMatchSnapshot();
  });

  it.each<[string, Answers]>([
    ['full answers', FULL_ANSWERS],
    ['a prebuilt model', PREBUILT_ANSWERS],
    ['a tie', TIED_ANSWERS],
    ['Azure Machine Learning first', AZURE_ML_ANSWERS],
    ['no answers', {}],
  ])('has MADR 4.0’s front matter and sections, in order (%s)', (_label, answers) => {
    const { recommendation, markdown, frontMatter, headings } = recordFor(answers);

    expect(markdown.startsWith('---\nstatus: proposed\ndate: 2026-12-01\n---\n\n# ')).toBe(true);
    expect(frontMatter).toEqual({ status: 'proposed', date: '2026-12-01' });

    // One title, then the sections in MADR's order, every service under Pros and Cons in rank order.
    expect(headings[0]!.level).toBe(1);
    expect(headings.filter((heading) => heading.level === 1)).toHaveLength(1);
    expect(headings.slice(1)).toEqual(expectedHeadings(recommendation));

    // Every service is a considered option, by today's name, best first.
    expect(listItems(sectionLines(markdown, '## Considered Options'))).toEqual(recommendation.services.map((service) => escapeMarkdown(service.name)));
    for (const id of SERVICE_IDS) expect(markdown).toContain(`### ${escapeMarkdown(SERVICES[id].name)}`);
  });

  it('says a prebuilt model is tailored only when a prebuilt model suits, not when Foundry Tools leads on a tie-breaker', () => {
    const prebuilt = recordFor({ task: 'vision', prebuilt: 'yes' });
    expect(prebuilt.headings[0]!.text).toBe('Tailor a prebuilt model in Foundry Tools instead of training our image and video model');
    const tieBreaker = recordFor({ task: 'tabular', prebuilt: 'unsure', effort: 'little' });
    expect(leadersOf(tieBreaker.recommendation).map((service) => service.id)).toEqual(['ai-services']);
    expect(tieBreaker.headings[0]!.text).toBe('Choose Foundry Tools for our tabular model');
  });

  it('names the single best fit as the chosen option, and why', () => {
    const { recommendation, markdown, headings } = recordFor(FULL_ANSWERS);
    const [chosen] = leadersOf(recommendation);
    expect(chosen!.id).toBe('databricks');
    expect(headings[0]!.text).toBe('Train our tabular model on Azure Databricks');
    const outcome = sectionLines(markdown, '## Decision Outcome');
    expect(outcome[1]).toBe(
      'Chosen option: "Azure Databricks", because it comes out best on our answers: it meets “One service for all data work”, “Distributed compute for large data”, “Full control over training” and “Already in your organization” (a tie-breaker), and no other option scores as well (see Pros and Cons of the Options).',
    );
    expect(outcome).toContain('Runner-up: Azure Machine Learning.');
    expect(markdown).not.toContain('settle');
  });

  it('names every tied option and says the team must settle the tie', () => {
    const { recommendation, markdown, headings } = recordFor(TIED_ANSWERS);
    const leaders = leadersOf(recommendation).map((service) => service.name);
    expect(leaders).toEqual(['Azure Machine Learning', 'Azure Databricks']);
    expect(headings[0]!.text).toBe('Choose between Azure Machine Learning and Azure Databricks to train our tabular model');
    const outcome = sectionLines(markdown, '## Decision Outcome');
    expect(outcome[1]).toBe(
      'Chosen option: "Azure Machine Learning" or "Azure Databricks", to be settled by the team, because these two options tie for first place on our answers: no guideline we applied separates them.',
    );
    expect(outcome).toContain(
      'The team must settle the tie between Azure Machine Learning and Azure Databricks before this record is accepted, for example on cost, skills or what the organization already runs.',
    );
    // The answers that would settle it, each putting one of the tied options first.
    const settlers = listItems(outcome);
    expect(settlers.length).toBeGreaterThan(0);
    for (const line of settlers) expect(line).toMatch(/^If .+ were “.+”, (Azure Machine Learning|Azure Databricks) would come first\.$/);
    expect(settlers).toContain(`If Preferred language were “${optionLabel('language', 'python')}”, Azure Machine Learning would come first.`);

    // Consequences do not pretend a choice was made.
    const consequences = listItems(sectionLines(markdown, '### Consequences'));
    expect(consequences).toContain('Bad, because the choice stays open until the team settles the tie; each option’s own consequences are under Pros and Cons of the Options.');
  });

  it('says all five tie when nothing separates them', () => {
    const { recommendation, markdown, headings } = recordFor({});
    expect(leadersOf(recommendation)).toHaveLength(5);
    expect(headings[0]!.text).toBe('Choose where on Azure to train our model');
    expect(markdown).toContain('to be settled by the team, because all five options tie for first place on our answers');
    expect(listItems(sectionLines(markdown, '## Decision Drivers'))).toEqual(['No guideline applies to our answers yet, so none separates the services.']);
    expect(markdown).toContain('We have not answered any of the advisor’s questions yet, so every service starts level.');
  });

  it('writes Good, Neutral and Bad from each option’s reasons, cautions and today note', () => {
    for (const answers of [FULL_ANSWERS, PREBUILT_ANSWERS, TIED_ANSWERS, AZURE_ML_ANSWERS]) {
      const { recommendation, markdown } = recordFor(answers);
      for (const service of recommendation.services) {
        const { items, good, neutral, bad } = optionBullets(markdown, service);
        // Only MADR's three kinds of bullet, in its order: Good, then Neutral, then Bad.
        for (const item of items) expect(item).toMatch(BULLET);
        expect(items).toEqual([...good, ...neutral, ...bad]);

        const cite = String.raw` \(source \d+\)$`;
        const positive = service.reasons.filter((reason) => reason.points > 0);
        const negative = service.reasons.filter((reason) => reason.points < 0);
        expect(good).toHaveLength(positive.length);
        positive.forEach((reason, index) => expect(good[index]).toMatch(new RegExp(`^Good, because ${escapeRegExp(clauseOf(reason.text))}( \\(tie-breaker\\))?${cite}`)));
        expect(bad).toHaveLength(negative.length + service.cautions.length);
        [...negative, ...service.cautions].forEach((item, index) => expect(bad[index]).toMatch(new RegExp(`^Bad, because ${escapeRegExp(clauseOf(item.text))}( \\(tie-breaker\\))?${cite}`)));
        expect(neutral.at(-1)).toMatch(new RegExp(`^Neutral, because today: ${escapeRegExp(escapeMarkdown(service.today.text))}${cite}`));
        expect(neutral.includes('Neutral, because no answer we gave moves it either way.')).toBe(service.neutral);
      }
    }
  });

  it('writes the chosen option’s consequences, and the training plan when Azure Machine Learning is chosen', () => {
    const full = recordFor(FULL_ANSWERS);
    const chosen = leadersOf(full.recommendation)[0]!;
    const consequences = listItems(sectionLines(full.markdown, '### Consequences'));
    expect(consequences.filter((item) => item.startsWith('Good, because '))).toHaveLength(chosen.reasons.filter((reason) => reason.points > 0).length);
    expect(consequences).toContain('Bad, because you’ll need to program Spark (PySpark, in the Learn unit’s words) to use its distributed compute. (source 1)');
    // Databricks is chosen: no Azure Machine Learning training plan.
    expect(full.markdown).not.toContain('Training method:');

    const azureMl = recordFor(AZURE_ML_ANSWERS);
    expect(leadersOf(azureMl.recommendation).map((service) => service.id)).toEqual(['azure-ml']);
    expect(azureMl.headings[0]!.text).toBe('Train our image and video model on Azure Machine Learning');
    const lines = sectionLines(azureMl.markdown, '### Consequences');
    expect(lines).toContain('The training plan in Azure Machine Learning, by today’s names:');
    const method = azureMl.recommendation.methods[0]!;
    const target = azureMl.recommendation.computeTargets[0]!;
    expect(method.rank === 1 && !method.tied).toBe(true);
    expect(target.rank === 1 && !target.tied).toBe(true);
    const plan = listItems(lines).filter((item) => !BULLET.test(item));
    expect(plan).toEqual([
      expect.stringMatching(new RegExp(`^Training method: ${escapeRegExp(escapeMarkdown(method.name))} \\(In the 2019 guidance: ${escapeRegExp(method.lineage.name!)}\\) \\(source \\d+\\)$`)),
      expect.stringMatching(new RegExp(`^Compute target: ${escapeRegExp(escapeMarkdown(target.name))} \\(In the 2019 guidance: ${escapeRegExp(target.lineage.name!)}\\) \\(source \\d+\\)$`)),
    ]);
  });

  it('lists the guidelines that moved a service as decision drivers, with their statements', () => {
    for (const answers of [FULL_ANSWERS, PREBUILT_ANSWERS, TIED_ANSWERS]) {
      const { recommendation, markdown } = recordFor(answers);
      const applied = new Set(recommendation.services.flatMap((service) => service.reasons.map((reason) => reason.guideline)));
      const drivers = listItems(sectionLines(markdown, '## Decision Drivers'));
      expect(drivers).toEqual(
        SERVICE_RULES.filter((rule) => applied.has(rule.id)).map((rule) =>
          expect.stringMatching(
            new RegExp(`^${escapeRegExp(escapeMarkdown(rule.title))}${rule.kind === 'factor' ? ' \\(tie-breaker only\\)' : ''}: ${escapeRegExp(escapeMarkdown(rule.statement))} \\(source \\d+\\)$`),
          ),
        ),
      );
    }
  });

  it('states the context from the answers, in the words people saw', () => {
    const { markdown } = recordFor(FULL_ANSWERS);
    const context = sectionLines(markdown, '## Context and Problem Statement');
    const listed = listItems(context);
    for (const question of visibleQuestions(FULL_ANSWERS)) {
      const answer = FULL_ANSWERS[question.id];
      if (answer === undefined) continue;
      const labels = (Array.isArray(answer) ? answer : [answer]).map((value: string) => optionLabel(question.id, value)).join(', ');
      expect(listed).toContain(`${QUESTION_BY_ID[question.id].title}: ${escapeMarkdown(labels)}`);
    }
    expect(listed).toContain('Training data size: Large — we hit capacity limits on standard compute');
    expect(context).toContain('Not answered: Time for training.');
    expect(context.at(-2)).toBe(
      'Which service should train it: Azure Databricks, Azure Machine Learning, Microsoft Fabric, Azure Synapse Analytics or Foundry Tools? And if it is Azure Machine Learning, which training method and compute target?',
    );
    expect(context.join('\n')).not.toMatch(/multi-step|managed-cluster|pytorch/);
  });

  it('gives the guidance-reviewed date and when to revisit', () => {
    const { markdown, recommendation } = recordFor(FULL_ANSWERS);
    expect(recommendation.guidanceReviewedOn).toBe('2026-11-30');
    const confirmation = sectionLines(markdown, '### Confirmation').join('\n');
    expect(confirmation).toContain('reviewed on 30 November 2026');
    expect(confirmation).toContain('Revisit this decision as soon as any of our answers changes, and in any case by 1 June 2027, six months after this record');
    expect(confirmation).toContain('starting from “Tutorial: Build your first machine learning model on Databricks” (source ');
  });

  it('ends with the share link and every source, each listed once, titled, numbered as cited', () => {
    for (const answers of [FULL_ANSWERS, PREBUILT_ANSWERS, TIED_ANSWERS, AZURE_ML_ANSWERS, {}]) {
      const shareUrl = shareUrlFor(answers);
      const { markdown, links, openers } = recordFor(answers, shareUrl);
      const more = sectionLines(markdown, '## More Information');
      expect(more).toContain(`Reopen the result, or change an answer: [${escapeMarkdown(shareUrl)}](${shareUrl})`);
      expect(more.join('\n')).toContain('These are guidelines, not rules.');

      // Every link is whole and absolute https, and no address is linked twice.
      expect(links).toHaveLength(openers);
      for (const link of links) expect(link.url).toMatch(/^https:\/\/[^\s()]+$/);
      expect(new Set(links.map((link) => link.url)).size).toBe(links.length);

      // The numbered list runs 1…n, each number is cited in the text, and every citation has its entry.
      const sources = more.filter((line) => /^\d+\. /.test(line));
      sources.forEach((line, index) => expect(line).toMatch(new RegExp(`^${index + 1}\\. \\[[^\\]]+\\]\\(https://`)));
      const cited = new Set([...markdown.matchAll(/\(source (\d+)\)/g)].map((match) => Number(match[1])));
      expect([...cited].sort((a, b) => a - b)).toEqual(sources.map((_, index) => index + 1));
    }
  });

  it('holds its shape for every answer set of one or two answers', () => {
    for (const answers of singlesAndPairs()) {
      const { recommendation, markdown, frontMatter, headings, links, openers } = recordFor(answers, shareUrlFor({}));
      expect(frontMatter).toEqual({ status: 'proposed', date: '2026-12-01' });
      expect(headings.slice(1)).toEqual(expectedHeadings(recommendation));
      expect(links).toHaveLength(openers);
      const leaders = leadersOf(recommendation);
      const outcome = sectionLines(markdown, '## Decision Outcome')[1]!;
      if (leaders.length === 1) expect(outcome.startsWith(`Chosen option: "${escapeMarkdown(leaders[0]!.name)}", because `)).toBe(true);
      else expect(outcome).toMatch(/^Chosen option: ".+" or ".+", to be settled by the team, because /);
      for (const service of recommendation.services) for (const item of optionBullets(markdown, service).items) expect(item).toMatch(BULLET);
      expect(markdown).not.toMatch(/undefined|\[object /);
    }
    // About 2,300 records, each tie with its what-if search: seconds on a busy two-core machine.
  }, 60_000);

  it('is pure: the same input gives the same text', () => {
    expect(recordFor(FULL_ANSWERS).markdown).toBe(recordFor(FULL_ANSWERS).markdown);
  });

  it('keeps a link with spaces or brackets whole', () => {
    const { links } = recordFor({}, 'https://x.example/a (b)');
    expect(links).toContainEqual({ text: 'https://x.example/a (b)', url: 'https://x.example/a%20%28b%29' });
  });
});

describe('becauseClause', () => {
  it('never lowers a name that opens any reason or caution the records can carry', () => {
    const texts = new Set<string>();
    for (const answers of singlesAndPairs()) {
      for (const service of recommend(answers).services) for (const item of [...service.reasons, ...service.cautions]) texts.add(item.text);
    }
    // Names: words written with a capital inside a sentence anywhere in the guidance's prose.
    const prose = [...texts, ...Object.values(SERVICES).flatMap((service) => [service.summary, service.today.text]), ...SERVICE_RULES.map((rule) => rule.statement)];
    const names = new Set(prose.flatMap((text) => [...text.matchAll(/(?<![.:!?]) ([A-Z][a-z’']+)/g)].map((match) => match[1]!)));
    for (const text of texts) {
      const first = /^[A-Za-z’']+/.exec(text)![0];
      const clause = becauseClause(text);
      if (clause.startsWith(first)) continue;
      expect(names.has(first), `"${first}" is a name: ${text}`).toBe(false);
    }
  });

  it('lowers a sentence’s capital, keeps a name’s, and introduces an instruction', () => {
    expect(becauseClause('You’ll need PySpark.')).toBe('you’ll need PySpark.');
    expect(becauseClause('Your data outgrows standard compute.')).toBe('your data outgrows standard compute.');
    expect(becauseClause('Azure Machine Learning is driven mostly from Python.')).toBe('Azure Machine Learning is driven mostly from Python.');
    expect(becauseClause('SDK v1 examples are old.')).toBe('SDK v1 examples are old.');
    expect(becauseClause('Check that one fits.')).toBe('there is a catch: check that one fits.');
    expect(becauseClause('To tailor a model, do not start here.')).toBe('there is a catch: to tailor a model, do not start here.');
  });
});

describe('dates', () => {
  it('adds months, falling back to the month’s last day', () => {
    const iso = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()].join('-');
    expect(iso(addMonths(new Date(2026, 11, 1), 6))).toBe('2027-6-1');
    expect(iso(addMonths(new Date(2026, 7, 31), 6))).toBe('2027-2-28');
    expect(iso(addMonths(new Date(2027, 7, 31), 6))).toBe('2028-2-29');
  });

  it('names the file after the day', () => {
    expect(decisionRecordFileName(DATE)).toBe('decision-record-2026-12-01.md');
    expect(decisionRecordFileName(new Date(2027, 0, 9, 23, 59))).toBe('decision-record-2027-01-09.md');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
