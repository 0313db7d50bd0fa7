import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers, ComputeTargetId, MethodId } from '../../../decision';
import { COMPUTE_TARGETS, METHODS, SERVICES, rank, recommend } from '../../../decision';
import { comparePath, planTrainingPath } from '../../shared/paths';
import { RecommendationView } from './recommendation-view';
import { FULL_ANSWERS, PREBUILT_ANSWERS } from '../../shared/testing/result-fixtures';

beforeEach(() => {
  // jsdom has no idle callback; the view's fallback waits a second before loading what it folds away.
  vi.stubGlobal('requestIdleCallback', (task: () => void) => setTimeout(task, 0));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders the view and waits for what it renders once the ranking is painted, and for the folded parts' code. */
async function renderView(answers: Answers) {
  const recommendation = recommend(answers);
  const view = render(
    <MemoryRouter>
      <RecommendationView ranking={rank(answers)} answers={answers} />
    </MemoryRouter>,
  );
  await screen.findByRole('region', { name: 'Sources' });
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
  return { recommendation, ...view };
}

/** Unfolds a section by its heading, as a person would. */
async function unfold(name: string) {
  const section = screen.getByRole('region', { name });
  await userEvent.click(within(section).getByRole('heading', { level: 2, name }));
  expect(section.querySelector('details')).toHaveAttribute('open');
  return within(section);
}

const serviceItems = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-service]')];
const servicesList = () => screen.getByRole('region', { name: 'Services, best fit first' }).querySelector<HTMLElement>('ol.rec-svcs')!;

describe('ranked services', () => {
  it('lists the five services as list items in rank order, each with data-service', async () => {
    const { container, recommendation } = await renderView(FULL_ANSWERS);
    const items = serviceItems(container);
    expect(items.map((item) => item.dataset.service)).toEqual(['databricks', 'azure-ml', 'fabric', 'synapse', 'ai-services']);
    expect(items.map((item) => item.dataset.service)).toEqual(recommendation.services.map((service) => service.id));
    expect(servicesList().tagName).toBe('OL');
    for (const item of items) expect(item.tagName).toBe('LI');
  });

  it('writes each place in words and makes first place stand out', async () => {
    await renderView(FULL_ANSWERS);
    const headings = within(servicesList()).getAllByRole('heading', { level: 3 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      '1st: Azure Databricks',
      '2nd: Azure Machine Learning',
      '3rd: Microsoft Fabric',
      '4th: Azure Synapse Analytics',
      '5th: Foundry Tools',
    ]);
    const first = screen.getByRole('heading', { name: /Azure Databricks/ }).closest('li')!;
    expect(within(first).getByText('Best fit')).toBeInTheDocument();
    expect(first).toHaveClass('is-first');
  });

  it('says "Joint" for tied places, first place included', async () => {
    await renderView({});
    const headings = within(servicesList()).getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(5);
    for (const heading of headings) expect(heading).toHaveTextContent(/^Joint 1st/);
    expect(screen.getAllByText('Joint best fit')).toHaveLength(5);
  });

  it('shares lower places too: one leader, four joint 2nd', async () => {
    const { container } = await renderView(PREBUILT_ANSWERS);
    const items = serviceItems(container);
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveAttribute('data-service', 'ai-services');
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent(/^1st/);
    for (const item of items.slice(1)) {
      expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent(/^Joint 2nd/);
      expect(within(item).queryByText(/best fit/i)).toBeNull();
    }
  });

  it('gives every reason its text and its source by number, a link that opens in a new tab', async () => {
    const { container, recommendation } = await renderView(FULL_ANSWERS);
    for (const service of recommendation.services) {
      const item = container.querySelector<HTMLElement>(`[data-service="${service.id}"]`)!;
      const reasons = [...item.querySelectorAll<HTMLElement>('.rec-reasons > li')];
      expect(reasons).toHaveLength(service.reasons.length);
      service.reasons.forEach((reason, index) => {
        const row = reasons[index]!;
        expect(row).toHaveTextContent(reason.text);
        expect(row).toHaveTextContent(reason.points < 0 ? /^Against/ : /^For/);
        const link = within(row).getByRole('link', { name: new RegExp(`^Source \\d+: ${escape(reason.source.title)}$`) });
        expect(link.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^\[\d+\]$/);
        expect(link).toHaveAttribute('href', reason.source.url);
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      });
    }
  });

  it('says in one line why each service is where it is: what lifted a leader, what the others lack or had against them', async () => {
    const { container } = await renderView(FULL_ANSWERS);
    // As seen: the label, then the names (the styles draw a dot between them); as heard, with commas and "and".
    const line = (id: string) => container.querySelector<HTMLElement>(`[data-service="${id}"] .rec-svc-why`)!;
    const why = (id: string) => {
      const shown = line(id).cloneNode(true) as HTMLElement;
      for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
      return [shown.querySelector('.rec-why-label')!.textContent, ...[...shown.querySelectorAll('.rec-why-item')].map((item) => item.textContent)];
    };
    expect(why('databricks')).toEqual(['For:', 'One service for all data work', 'Distributed compute for large data', '2 more']);
    expect(why('azure-ml')).toEqual(['Lacks:', 'One service for all data work', 'Distributed compute for large data', '1 more']);
    expect(why('ai-services').slice(0, 2)).toEqual(['Against:', 'A prebuilt model suits']);
    expect(why('synapse')[0]).toBe('Against:');
    expect(line('databricks').textContent!.replace(/\s+/g, ' ')).toBe('For: One service for all data work, Distributed compute for large data and 2 more');
  });

  it('shows cautions, the "Today" note and learn-more links for each service', async () => {
    const { container, recommendation } = await renderView(FULL_ANSWERS);
    for (const service of recommendation.services) {
      const item = within(container.querySelector<HTMLElement>(`[data-service="${service.id}"]`)!);
      expect(item.getByText(service.summary)).toBeInTheDocument();
      for (const caution of service.cautions) expect(item.getByText(caution.text, { exact: false })).toBeInTheDocument();
      expect(item.getByRole('heading', { level: 4, name: /^Today/ })).toBeInTheDocument();
      expect(item.getByText(service.today.text, { exact: false })).toBeInTheDocument();
      expect(item.getByRole('link', { name: new RegExp(`^Get started: ${escape(service.firstStep.title)}`) })).toHaveAttribute(
        'href',
        service.firstStep.url,
      );
      for (const source of service.learnMore) {
        expect(item.getAllByRole('link', { name: new RegExp(escape(source.title)) })[0]).toHaveAttribute('href', source.url);
      }
    }
  });

  it('keeps the Learn unit’s name beneath today’s where they differ, and says why a service it does not name is ranked', async () => {
    const { container } = await renderView(FULL_ANSWERS);
    const card = (id: string) => container.querySelector<HTMLElement>(`[data-service="${id}"]`)!;
    const lineage = (id: string) => card(id).querySelector('.rec-svc-lineage');

    expect(within(card('ai-services')).getByRole('heading', { level: 3 })).toHaveTextContent(/: Foundry Tools$/);
    expect(lineage('ai-services')).toHaveTextContent(`${SERVICES['ai-services'].lineage.label}: Azure AI Services`);
    expect(lineage('fabric')).toHaveTextContent(SERVICES.fabric.lineage.label);
    expect(lineage('fabric')).not.toHaveTextContent(/: undefined/);
    // Same name then and now: nothing to add under the heading.
    for (const id of ['azure-ml', 'databricks', 'synapse']) expect(lineage(id)).toBeNull();
  });

  it('says so when no answer moves a service', async () => {
    const { container } = await renderView({});
    for (const item of serviceItems(container)) {
      expect(item.querySelector('.rec-svc-why')).toHaveTextContent('No answer you gave moves this service.');
      expect(item.querySelector('.rec-neutral')).toHaveTextContent('No answer you gave moves this service.');
    }
  });

  it('marks tie-breaking factors as such', async () => {
    const { container } = await renderView(FULL_ANSWERS);
    const owned = container.querySelector('[data-service="databricks"] [data-guideline="already-owned"]')!;
    expect(owned).toHaveTextContent('Tie-breaker');
  });
});

describe('why not', () => {
  it('explains each service below first place with what it missed and what counted against it', async () => {
    const { container } = await renderView(FULL_ANSWERS);
    const leader = container.querySelector<HTMLElement>('[data-service="databricks"]')!;
    expect(within(leader).queryByRole('heading', { name: /^Why not/ })).toBeNull();

    const azureMl = within(container.querySelector<HTMLElement>('[data-service="azure-ml"]')!);
    expect(azureMl.getByRole('heading', { level: 4, name: 'Why not Azure Machine Learning?' })).toBeInTheDocument();
    const missed = container.querySelector<HTMLElement>('[data-why-not="azure-ml"]')!;
    expect([...missed.querySelectorAll('[data-guideline]')].map((row) => row.getAttribute('data-guideline'))).toEqual([
      'one-data-platform',
      'distributed-compute',
      'already-owned',
    ]);
    expect(missed).toHaveTextContent('One service for all data work, which favoured Azure Databricks.');
    expect(missed).not.toHaveTextContent('Counted against it');

    const aiServices = container.querySelector<HTMLElement>('[data-why-not="ai-services"]')!;
    expect(aiServices).toHaveTextContent('Counted against it:');
    expect(aiServices).toHaveTextContent('You need a model of your own;');
  });
});

describe('training in Azure Machine Learning', () => {
  it('ranks the methods, each headed by today’s name with its 2019 lineage beneath', async () => {
    const { container, recommendation } = await renderView(FULL_ANSWERS);
    expect(recommendation.trainingApplies).toBe(true);
    const section = within(screen.getByRole('region', { name: 'Training in Azure Machine Learning' }));
    const items = [...container.querySelectorAll<HTMLElement>('[data-method]')];
    expect(items.map((item) => item.dataset.method)).toEqual(['pipeline', 'run-configuration', 'estimator', 'automl']);
    expect(items.map((item) => item.dataset.method)).toEqual(recommendation.methods.map((method) => method.id));
    for (const item of items) {
      const method = METHODS[item.dataset.method as MethodId];
      const changed = item.querySelector<HTMLElement>('.rec-opt-changed')!;
      expect(changed).toHaveTextContent(`What changed: ${method.today.text}`);
      expect(within(changed).getByRole('link', { name: new RegExp(`^Source \\d+: ${escape(method.today.source.title)}$`) })).toHaveAttribute(
        'href',
        method.today.source.url,
      );
      expect(within(item).getByRole('link', { name: new RegExp(`^Get started: ${escape(method.firstStep!.title)}`) })).toHaveAttribute(
        'href',
        method.firstStep!.url,
      );
    }
    expect(section.getByRole('heading', { level: 4, name: '1st: Pipeline job built from components, or drawn in the designer' })).toBeInTheDocument();
    expect(screen.queryByText(/Use today/, { selector: '[data-method] *' })).toBeNull();
  });

  it('makes today’s name the first heading in each method, and shows the 2019 name beneath it', async () => {
    const { container } = await renderView(FULL_ANSWERS);
    await unfold('Training in Azure Machine Learning');
    const items = [...container.querySelectorAll<HTMLElement>('[data-method]')];
    expect(items).toHaveLength(4);
    for (const item of items) {
      const method = METHODS[item.dataset.method as MethodId];
      const first = item.querySelector('h1, h2, h3, h4, h5, h6')!;
      // The rank label, then today's name: nothing else in the heading.
      expect(first.textContent).toMatch(new RegExp(`^(Joint )?\\d+(st|nd|rd|th): ${escape(method.name)}$`));
      const lineage = item.querySelector<HTMLElement>('.rec-lineage-then')!;
      expect(first.compareDocumentPosition(lineage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(lineage).toBeVisible();
      expect(lineage.textContent).toBe(`${method.lineage.label}: ${method.lineage.name}`);
      expect(within(item).getByText(method.lineage.summary, { exact: false })).toBeVisible();
    }

    const estimator = container.querySelector<HTMLElement>('[data-method="estimator"]')!;
    expect(within(estimator).getAllByRole('heading')[0]).toHaveTextContent(/^\d+(st|nd|rd|th): Command job with a curated environment$/);
    expect(within(estimator).getByText((_, node) => node?.textContent === 'In the 2019 guidance: Estimator' && node.tagName === 'P')).toBeVisible();
    const automl = container.querySelector<HTMLElement>('[data-method="automl"]')!;
    expect(within(automl).getAllByRole('heading')[0]).toHaveTextContent(/: Automated ML$/);
    expect(automl.querySelector('.rec-lineage-then')).toHaveTextContent('In the 2019 guidance: Automated machine learning');
  });

  it('heads compute targets with today’s name too, the 2019 target beneath', async () => {
    const { container } = await renderView(FULL_ANSWERS);
    const hdinsight = container.querySelector<HTMLElement>('[data-compute="hdinsight"]')!;
    expect(within(hdinsight).getAllByRole('heading')[0]).toHaveTextContent(
      /^Joint 2nd: Serverless Spark compute or an attached Synapse Spark pool$/,
    );
    expect(hdinsight.querySelector('.rec-lineage-then')!.textContent).toBe('In the 2019 guidance: Azure HDInsight');
    for (const target of container.querySelectorAll<HTMLElement>('[data-compute]')) {
      const profile = COMPUTE_TARGETS[target.dataset.compute as ComputeTargetId];
      expect(target.querySelector('.rec-lineage-then')!.textContent).toBe(`${profile.lineage.label}: ${profile.lineage.name}`);
      expect(target).toHaveTextContent(`What changed: ${profile.today.text}`);
    }
  });

  it('warns that estimators are retired and that pipeline steps use the other methods', async () => {
    const { container, recommendation } = await renderView(FULL_ANSWERS);
    const method = (id: MethodId) => recommendation.methods.find((candidate) => candidate.id === id)!;
    const retired = container.querySelector('[data-method="estimator"] [data-caution="estimator-retired"]')!;
    expect(retired).toHaveTextContent(method('estimator').cautions.find((caution) => caution.id === 'estimator-retired')!.text);
    expect(retired).toHaveTextContent(/deprecated/);
    const steps = container.querySelector('[data-method="pipeline"] [data-note="steps-use-other-methods"]')!;
    expect(steps).toHaveTextContent(method('pipeline').notes.find((note) => note.id === 'steps-use-other-methods')!.text);
  });

  it('ranks compute targets and gives the framework then and now', async () => {
    const { container, recommendation } = await renderView(FULL_ANSWERS);
    const targets = [...container.querySelectorAll<HTMLElement>('[data-compute]')];
    expect(targets.map((target) => target.dataset.compute)).toEqual(recommendation.computeTargets.map((target) => target.id));
    expect(targets[0]).toHaveAttribute('data-compute', 'aml-compute');
    expect(within(targets[1]!).getByRole('heading', { level: 4 })).toHaveTextContent(/^Joint 2nd/);
    const framework = within(screen.getByRole('heading', { level: 3, name: 'Framework: PyTorch' }).parentElement!);
    expect(framework.getByText('The PyTorch estimator.')).toBeInTheDocument();
    expect(framework.getByText(/curated PyTorch environment/)).toBeInTheDocument();
  });

  it('offers to plan training anyway when it does not apply', async () => {
    const { container, recommendation } = await renderView(PREBUILT_ANSWERS);
    expect(recommendation.trainingApplies).toBe(false);
    expect(container.querySelector('[data-method]')).toBeNull();
    expect(container.querySelector('[data-compute]')).toBeNull();
    // The question page asks the training question even though the section does not apply yet.
    expect(screen.getByRole('link', { name: 'Plan training in Azure Machine Learning anyway' })).toHaveAttribute('href', planTrainingPath());
  });

  it('says there is no preference yet instead of a "Joint 1st" on every option nothing separates', async () => {
    const { container, recommendation } = await renderView({});
    expect(recommendation.trainingApplies).toBe(true);
    expect(recommendation.computeTargets.every((target) => target.rank === 1)).toBe(true);
    const section = within(screen.getByRole('region', { name: 'Training in Azure Machine Learning' }));
    expect(section.getByText('No preference yet — answer “Where training runs” to rank these.')).toBeInTheDocument();
    expect(section.getByText(/^No preference yet — answer “Workflow shape”, “Workflow needs”/)).toBeInTheDocument();
    expect(section.queryByText(/Joint 1st/)).toBeNull();
    const targets = [...container.querySelectorAll<HTMLElement>('[data-compute]')];
    // The places stay in the page for tools and tests, and HDInsight is not shown as a first choice.
    expect(targets.map((target) => [target.dataset.compute, target.dataset.rank])).toEqual(
      recommendation.computeTargets.map((target) => [target.id, '1']),
    );
    const hdinsight = container.querySelector<HTMLElement>('[data-compute="hdinsight"]')!;
    expect(within(hdinsight).getByRole('heading', { level: 4 })).toHaveTextContent(/^Serverless Spark compute or an attached Synapse Spark pool$/);
    expect(hdinsight).not.toHaveClass('is-first');
  });

  it('ranks options again as soon as an answer separates them', async () => {
    await renderView({ ...FULL_ANSWERS, compute: 'local-first' });
    expect(screen.queryByText(/No preference yet/)).toBeNull();
    expect(screen.getByRole('heading', { level: 4, name: '1st: Your own machine, or a compute instance' })).toBeInTheDocument();
  });
});

describe('notices', () => {
  it('shows the other notices above the ranking, and the caveat and review date under it', async () => {
    await renderView({});
    const ranking = screen.getByRole('region', { name: 'Services, best fit first' });
    const few = screen.getByText(/You have answered only a few questions/);
    expect(few.compareDocumentPosition(ranking) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/No guideline separates the services/)).toBeInTheDocument();
    expect(within(ranking).getByRole('note', { name: 'Important' })).toHaveTextContent('These are guidelines, not rules.');
    const date = within(ranking).getByText('30 November 2026');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('datetime', '2026-11-30');
  });
});

describe('structure', () => {
  it('uses h2 sections and h3 below them, never an h1', async () => {
    const { container } = await renderView(FULL_ANSWERS);
    expect(container.querySelector('h1')).toBeNull();
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(h2s).toEqual([
      'Services, best fit first',
      'Training in Azure Machine Learning',
      'Your answers',
      'What would change this?',
      'How the services compare',
      'Sources',
    ]);
    // No level is skipped on the way down.
    let previous = 2;
    for (const heading of container.querySelectorAll('h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName[1]);
      expect(level).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it('links to the full comparison with these answers and shows the guidelines at a glance, with the person’s marked', async () => {
    await renderView(FULL_ANSWERS);
    expect(screen.getByRole('link', { name: /Open the full comparison/ })).toHaveAttribute('href', comparePath(FULL_ANSWERS));
    // Below the fold: it loads once the page is idle.
    const table = await screen.findByRole('table', { name: 'Which guideline favours which service' }, { timeout: 5000 });
    const yours = within(table).getAllByText('Applies to you').map((tag) => tag.closest('tr')!.dataset.rule);
    expect(yours).toEqual(['one-data-platform', 'distributed-compute', 'full-control', 'python-first', 'visual-lifecycle', 'already-owned']);
    // Rules that only counted against a service say so, naming it.
    const against = within(table).getAllByText(/^Your answer goes against/).map((tag) => [tag.closest('tr')!.dataset.rule, tag.textContent]);
    expect(against).toEqual([
      ['prebuilt-suits', 'Your answer goes against Foundry Tools'],
      ['synapse-not-adopted', 'Your answer goes against Azure Synapse Analytics'],
    ]);
    expect(SERVICES['azure-ml'].shortName).toBe('Azure ML');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
