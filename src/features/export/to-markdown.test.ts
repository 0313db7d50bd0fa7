import { describe, expect, it } from 'vitest';
import type { Answers } from '../../decision';
import { QUESTION_BY_ID, SERVICES, recommend, visibleQuestions } from '../../decision';
import { FULL_ANSWERS, PREBUILT_ANSWERS, shareUrlFor } from '../shared/testing/result-fixtures';
import { escapeMarkdown, markdownLink } from './markdown-text';
import { parseStructure } from './testing/markdown-structure';
import { MARKDOWN_TITLE, toMarkdown } from './to-markdown';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DATE = new Date(2026, 11, 1, 9, 30);

function markdownFor(answers: Answers, shareUrl = shareUrlFor(answers)) {
  const recommendation = recommend(answers);
  return { recommendation, markdown: toMarkdown({ recommendation, answers, shareUrl, date: DATE }) };
}

describe('toMarkdown', () => {
  it('matches the reviewed summary for a full set of answers', () => {
    expect(markdownFor(FULL_ANSWERS).markdown).toMatchSnapshot();
  });

  it('matches the reviewed summary when training does not apply', () => {
    expect(markdownFor(PREBUILT_ANSWERS).markdown).toMatchSnapshot();
  });

  it.each<[string, Answers]>([
    ['full answers', FULL_ANSWERS],
    ['a prebuilt model', PREBUILT_ANSWERS],
    ['no answers', {}],
  ])('has a sound structure (%s)', (_label, answers) => {
    const { recommendation, markdown } = markdownFor(answers);
    const { headings, links, openers } = parseStructure(markdown);

    // Title first, then the sections in order, never skipping a level on the way down.
    expect(headings[0]).toEqual({ level: 1, text: MARKDOWN_TITLE });
    expect(headings.filter((heading) => heading.level === 1)).toHaveLength(1);
    const sections = headings.filter((heading) => heading.level === 2).map((heading) => heading.text);
    const expected = ['Our answers', 'Services, best fit first', 'Training in Azure Machine Learning'];
    if (recommendation.notices.some((note) => note.id !== 'guidelines-only' && note.id !== 'training-not-planned')) expected.push('Notes');
    expected.push('Share link');
    expect(sections).toEqual(expected);
    headings.reduce((previous, heading) => {
      expect(heading.level).toBeLessThanOrEqual(previous + 1);
      return heading.level;
    }, 0);

    // Every ranked service, in rank order, with its place in words.
    const servicesAt = headings.findIndex((heading) => heading.text === 'Services, best fit first');
    const serviceHeadings = headings.slice(servicesAt + 1).filter((heading) => heading.level === 3).slice(0, recommendation.services.length);
    expect(serviceHeadings).toHaveLength(5);
    expect(serviceHeadings.map((heading) => heading.text)).toEqual(
      recommendation.services.map((service) =>
        expect.stringMatching(new RegExp(`^${service.tied ? 'Joint ' : ''}\\d(st|nd|rd|th): ${service.name}`)),
      ),
    );

    // Methods in rank order, when shown.
    const methodHeadings = headings.filter((heading) => heading.level === 4).map((heading) => heading.text);
    if (recommendation.trainingApplies) {
      // Today's name heads each method; the 2019 name is lineage beneath it, never the heading.
      expect(methodHeadings).toEqual(
        recommendation.methods.map((method) => expect.stringMatching(new RegExp(`^((Joint )?\\d(st|nd|rd|th): )?${escapeRegExp(escapeMarkdown(method.name))}$`))),
      );
      for (const method of recommendation.methods) {
        const lineage = method.lineage.name === undefined ? method.lineage.label : `${method.lineage.label}: ${method.lineage.name}`;
        expect(markdown).toContain(escapeMarkdown(lineage));
        expect(markdown).toContain(`**What changed:** ${escapeMarkdown(method.today.text)}`);
        expect(links).toContainEqual({ text: escapeMarkdown(method.firstStep!.title), url: method.firstStep!.url });
      }
      expect(markdown).not.toContain('Use today');
    } else {
      expect(methodHeadings).toEqual([]);
    }

    // Every link is well formed and absolute https; none is left half-written.
    expect(links.length).toBeGreaterThan(0);
    expect(links).toHaveLength(openers);
    for (const link of links) {
      expect(link.url).toMatch(/^https:\/\/[^\s()]+$/);
      expect(link.text.trim()).not.toBe('');
    }
    for (const service of recommendation.services) {
      for (const reason of service.reasons) expect(links.map((link) => link.url)).toContain(reason.source.url);
      for (const source of service.learnMore) expect(links).toContainEqual({ text: escapeMarkdown(source.title), url: source.url });
      expect(links).toContainEqual({ text: escapeMarkdown(service.firstStep.title), url: service.firstStep.url });
    }

    // Every watch-out and note the result page shows, with the same words.
    const cautions = [
      ...recommendation.services.flatMap((service) => service.cautions),
      ...(recommendation.trainingApplies
        ? [...recommendation.methods, ...recommendation.computeTargets].flatMap((option) => [...option.cautions, ...option.notes])
        : []),
      ...(recommendation.frameworkAdvice?.cautions ?? []),
      ...recommendation.notices,
    ];
    for (const caution of cautions) expect(markdown, caution.id).toContain(escapeMarkdown(caution.text));

    // The share link, the caveat, both dates and every question that applies.
    expect(links.filter((link) => link.url === shareUrlFor(answers))).toHaveLength(2);
    expect(markdown).toContain('> **Important:** These are guidelines, not rules.');
    expect(markdown).toContain('- Exported: 1 December 2026');
    expect(markdown).toContain('- Guidance reviewed: 30 November 2026');
    for (const question of visibleQuestions(answers)) {
      expect(markdown).toContain(`- **${QUESTION_BY_ID[question.id].title}:** `);
    }
  });

  it('writes the labels people saw, not identifiers', () => {
    const { markdown } = markdownFor(FULL_ANSWERS);
    expect(markdown).toContain('- **Training data size:** Large — we hit capacity limits on standard compute');
    expect(markdown).toContain('- **Workflow needs:** Run on a schedule, unattended, Name and version its data, inputs and outputs');
    expect(markdown).toContain('- **Time for training:** Not answered');
  });

  it('writes each compute target’s watch-outs under it, as the page shows them', () => {
    const { markdown } = markdownFor(FULL_ANSWERS);
    const lines = markdown.split('\n');
    const local = lines.findIndex((line) => line.startsWith('- **Joint 2nd: Your own machine, or a compute instance**: In the 2019 guidance: Local machine. What changed: '));
    expect(local).toBeGreaterThan(-1);
    const cautions = (id: string) => recommend(FULL_ANSWERS).computeTargets.find((target) => target.id === id)!.cautions;
    expect(lines[local + 1]).toBe(`  - Watch out: ${escapeMarkdown(cautions('local')[0]!.text)} (${markdownLink(cautions('local')[0]!.source.title, cautions('local')[0]!.source.url)})`);
    const hdinsight = lines.findIndex((line) => line.startsWith('- **Joint 2nd: Serverless Spark compute or an attached Synapse Spark pool**: In the 2019 guidance: Azure HDInsight.'));
    expect(lines[hdinsight + 1]).toMatch(/^ {2}- Watch out: Legacy: HDInsight/);
  });

  it('says there is no preference yet instead of ranking options nothing separates', () => {
    const { recommendation, markdown } = markdownFor({});
    expect(recommendation.computeTargets.every((target) => target.rank === 1)).toBe(true);
    expect(markdown).toContain('No preference yet — answer “Where training runs” to rank these.');
    expect(markdown).not.toMatch(/Joint 1st: (Your own machine|Serverless Spark)/);
    expect(markdown).toContain('- **Serverless Spark compute or an attached Synapse Spark pool**: In the 2019 guidance: Azure HDInsight.');
  });

  it('heads each service by today’s name, with the Learn unit’s name where it differs', () => {
    const { markdown } = markdownFor(FULL_ANSWERS);
    const lines = markdown.split('\n');
    const foundry = lines.indexOf('### 5th: Foundry Tools');
    expect(foundry).toBeGreaterThan(-1);
    expect(lines[foundry + 2]).toMatch(/^In the Learn unit on choosing a service: Azure AI Services \(Azure Cognitive Services in the version linked\) \(\[/);
    const fabric = lines.indexOf('### 3rd: Microsoft Fabric');
    expect(lines[fabric + 2]).toMatch(/^Not in the version of the Learn unit that the guidelines come from; /);
    const azureMl = lines.indexOf('### 2nd: Azure Machine Learning');
    expect(lines[azureMl + 2]).toBe(escapeMarkdown(SERVICES['azure-ml'].summary));
  });

  it('keeps prose from turning into Markdown syntax', () => {
    expect(escapeMarkdown('a *b* [c](d) <e> `f` g_h')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` g\\_h');
    const { links } = parseStructure(toMarkdown({ recommendation: recommend({}), answers: {}, shareUrl: 'https://x.example/a (b)', date: DATE }));
    expect(links.at(-1)!.url).toBe('https://x.example/a%20%28b%29');
  });
});
