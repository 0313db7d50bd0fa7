import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { recommend } from './recommend';
import { favouredBy } from './rank';
import { SERVICE_RULES } from './service-rules';
import { SERVICE_IDS } from './services';
import { serviceOrder } from './testing/ranking-text';
import { SERVICE_RULE_IDS } from './service-scoring';

const ALL_TIED = 'ai-services = azure-ml = databricks = fabric = synapse';

describe('service ranking, rule by rule', () => {
  it.each<{ label: string; answers: Answers; expected: string }>([
    { label: 'no answers: all five tie', answers: {}, expected: ALL_TIED },
    { label: 'prebuilt-suits: a prebuilt model suits, so AI Services is first', answers: { prebuilt: 'yes' }, expected: 'ai-services > azure-ml = databricks = fabric = synapse' },
    { label: 'prebuilt-suits: no prebuilt model suits, so AI Services is last', answers: { prebuilt: 'no' }, expected: 'azure-ml = databricks = fabric = synapse > ai-services' },
    { label: 'prebuilt-suits holds for a tabular task too: the source says "whenever"', answers: { task: 'tabular', prebuilt: 'yes' }, expected: 'ai-services > azure-ml = databricks = fabric = synapse' },
    { label: 'prebuilt-suits: no prebuilt model suits a tabular task, so AI Services is last', answers: { task: 'tabular', prebuilt: 'no' }, expected: 'azure-ml = databricks = fabric = synapse > ai-services' },
    { label: 'one-data-platform favours Synapse, Databricks and Fabric equally', answers: { unified: 'yes' }, expected: 'databricks = fabric = synapse > ai-services = azure-ml' },
    { label: 'distributed-compute favours Synapse, Databricks and Fabric equally', answers: { data: 'large' }, expected: 'databricks = fabric = synapse > ai-services = azure-ml' },
    { label: 'distributed-compute still counts when the team can write PySpark', answers: { data: 'large', pyspark: 'yes' }, expected: 'databricks = fabric = synapse > ai-services = azure-ml' },
    { label: 'distributed-compute does not count without PySpark', answers: { data: 'large', pyspark: 'no' }, expected: ALL_TIED },
    { label: 'full-control favours Azure ML and Databricks equally', answers: { control: 'full' }, expected: 'azure-ml = databricks > ai-services = fabric = synapse' },
    { label: 'python-first favours Azure ML', answers: { language: 'python' }, expected: 'azure-ml > ai-services = databricks = fabric = synapse' },
    { label: 'visual-lifecycle favours Azure ML', answers: { ui: 'yes' }, expected: 'azure-ml > ai-services = databricks = fabric = synapse' },
    { label: 'already-owned tips a tie', answers: { existing: ['synapse'] }, expected: 'synapse > ai-services = azure-ml = databricks = fabric' },
    { label: 'already-owned tips a tie towards Fabric, and Synapse, not owned, drops below the rest', answers: { existing: ['fabric'] }, expected: 'fabric > ai-services = azure-ml = databricks > synapse' },
    { label: 'already-owned breaks a guideline tie; Synapse, not owned, falls below Fabric', answers: { unified: 'yes', existing: ['databricks'] }, expected: 'databricks > fabric > synapse > ai-services = azure-ml' },
    { label: 'synapse-not-adopted: "none of these" puts Synapse below the others', answers: { existing: ['none'] }, expected: 'ai-services = azure-ml = databricks = fabric > synapse' },
    { label: 'synapse-not-adopted: new one-platform work with nothing owned goes to Fabric and Databricks', answers: { unified: 'yes', existing: ['none'] }, expected: 'databricks = fabric > synapse > ai-services = azure-ml' },
    { label: 'synapse-not-adopted: new Spark-scale work with nothing owned goes to Fabric and Databricks', answers: { data: 'large', pyspark: 'yes', existing: ['none'] }, expected: 'databricks = fabric > synapse > ai-services = azure-ml' },
    { label: 'synapse-not-adopted: owning another service counts as answering too', answers: { data: 'large', existing: ['azure-ml'] }, expected: 'databricks = fabric > synapse > azure-ml > ai-services' },
    { label: 'synapse-not-adopted never outweighs a guideline: Synapse stays above services with fewer', answers: { unified: 'yes', existing: ['ai-services'] }, expected: 'databricks = fabric > synapse > ai-services > azure-ml' },
    { label: 'an organization on Synapse keeps Synapse where the guidelines put it, and a tie goes its way', answers: { unified: 'yes', existing: ['synapse'] }, expected: 'synapse > databricks = fabric > ai-services = azure-ml' },
    { label: 'owning both Synapse and Fabric keeps them tied', answers: { unified: 'yes', existing: ['synapse', 'fabric'] }, expected: 'fabric = synapse > databricks > ai-services = azure-ml' },
    { label: '"not sure" about existing services does not count as an answer', answers: { unified: 'yes', existing: ['unsure'] }, expected: 'databricks = fabric = synapse > ai-services = azure-ml' },
    { label: 'time-to-invest tips a tie towards AI Services', answers: { effort: 'little' }, expected: 'ai-services > azure-ml = databricks = fabric = synapse' },
    { label: 'full control and a unified platform: Databricks has both', answers: { control: 'full', unified: 'yes' }, expected: 'databricks > azure-ml = fabric = synapse > ai-services' },
    { label: 'Python and a visual interface: Azure ML twice', answers: { language: 'python', ui: 'yes', unified: 'yes' }, expected: 'azure-ml > databricks = fabric = synapse > ai-services' },
    { label: 'everything for Spark and Azure ML ties Azure ML with Databricks', answers: { task: 'tabular', control: 'full', data: 'large', pyspark: 'yes', unified: 'yes', language: 'python', ui: 'yes' }, expected: 'azure-ml = databricks > fabric = synapse > ai-services' },
  ])('$label', ({ answers, expected }) => {
    expect(serviceOrder(answers)).toBe(expected);
  });
});

describe('what does not move the ranking', () => {
  it.each<{ label: string; answers: Answers }>([
    { label: 'every question answered "not sure"', answers: { task: 'unsure', prebuilt: 'unsure', control: 'unsure', effort: 'unsure', data: 'unsure', unified: 'unsure', language: 'unsure', ui: 'unsure', existing: ['unsure'] } },
    { label: 'answers that state no preference', answers: { task: 'vision', control: 'some', effort: 'moderate', data: 'standard', unified: 'no', language: 'r', ui: 'no' } },
    { label: 'a language no guideline names, or none at all', answers: { language: 'nocode', control: 'little' } },
    { label: 'the PySpark answer when the data is standard (question not shown)', answers: { data: 'standard', pyspark: 'yes' } },
    { label: 'a task that is not tabular, on its own', answers: { task: 'other' } },
    { label: 'a tabular task, on its own (the source never says prebuilt models cannot handle tables)', answers: { task: 'tabular' } },
    { label: 'a tabular task with "not sure" about prebuilt models', answers: { task: 'tabular', prebuilt: 'unsure' } },
    { label: 'training answers', answers: { workflow: 'multi-step', needs: ['publish'], framework: 'pytorch', setup: 'low-level', compute: 'own-vm' } },
  ])('$label', ({ answers }) => {
    expect(serviceOrder(answers)).toBe(ALL_TIED);
  });

  it('ranks a tabular task exactly like any other task', () => {
    for (const prebuilt of [undefined, 'yes', 'no', 'unsure'] as const) {
      const rest: Answers = prebuilt === undefined ? { control: 'full' } : { control: 'full', prebuilt };
      expect(serviceOrder({ ...rest, task: 'tabular' })).toBe(serviceOrder({ ...rest, task: 'vision' }));
    }
  });
});

describe('a prebuilt model that suits wins whatever else is said', () => {
  it('beats every guideline for the other services at once', () => {
    const answers: Answers = {
      prebuilt: 'yes', control: 'full', data: 'large', pyspark: 'yes', unified: 'yes', language: 'python', ui: 'yes',
      existing: ['azure-ml', 'databricks', 'synapse'],
    };
    const [first, second] = recommend(answers).services;
    expect(first?.id).toBe('ai-services');
    expect(first?.tied).toBe(false);
    expect(second?.rank).toBe(2);
  });

  it('drops AI Services below all others when none suits, even if owned and quick', () => {
    const services = recommend({ prebuilt: 'no', existing: ['ai-services'], effort: 'little' }).services;
    expect(services.at(-1)?.id).toBe('ai-services');
    expect(services.at(-1)?.rank).toBe(5);
    expect(services.at(-1)?.tied).toBe(false);
  });
});

describe('factors never overturn a guideline', () => {
  it('owning a service and wanting little effort do not beat one guideline', () => {
    expect(serviceOrder({ language: 'python', existing: ['ai-services', 'databricks', 'synapse'], effort: 'little' })).toBe(
      'azure-ml > ai-services > databricks = synapse > fabric',
    );
  });

  it('Synapse, not owned, loses a tie but never a guideline it has over another service', () => {
    // One guideline (10) against the penalty (−1) and another service owned (+1).
    expect(serviceOrder({ data: 'large', existing: ['azure-ml', 'ai-services'] })).toBe('databricks = fabric > synapse > ai-services = azure-ml');
  });
});

describe('ranks and ties', () => {
  it('shares a rank between tied services and skips the next (1, 1, 3, 4, 5)', () => {
    const ranks = recommend({ control: 'full', prebuilt: 'no', existing: ['synapse'] }).services.map((service) => [service.id, service.rank, service.tied]);
    expect(ranks).toEqual([
      ['azure-ml', 1, true],
      ['databricks', 1, true],
      ['synapse', 3, false],
      ['fabric', 4, false],
      ['ai-services', 5, false],
    ]);
  });

  it('always lists all five services exactly once', () => {
    expect(recommend({ ui: 'yes' }).services.map((service) => service.id).sort()).toEqual([...SERVICE_IDS].sort());
  });
});

describe('reasons', () => {
  it('cites each matched guideline, in our words, with its source', () => {
    const azureMl = recommend({ language: 'python', ui: 'yes' }).services.find((service) => service.id === 'azure-ml');
    expect(azureMl?.reasons.map((reason) => reason.guideline)).toEqual(['python-first', 'visual-lifecycle']);
    for (const reason of azureMl?.reasons ?? []) {
      expect(reason.text.length).toBeGreaterThan(20);
      expect(reason.source.url).toMatch(/^https:\/\/github\.com\/MicrosoftDocs\/learn\/blob\/[0-9a-f]{40}\//);
    }
  });

  it('marks a service no rule moved as neutral', () => {
    const services = recommend({ ui: 'yes' }).services;
    expect(services.find((service) => service.id === 'synapse')).toMatchObject({ neutral: true, reasons: [] });
    expect(services.find((service) => service.id === 'azure-ml')?.neutral).toBe(false);
  });

  it('records the penalty against AI Services as a reason with negative points', () => {
    const aiServices = recommend({ prebuilt: 'no' }).services.find((service) => service.id === 'ai-services');
    expect(aiServices?.reasons).toEqual([expect.objectContaining({ guideline: 'prebuilt-suits', points: -1000 })]);
  });
});

describe('cautions', () => {
  const cautionIds = (answers: Answers, service: string) =>
    recommend(answers).services.find((candidate) => candidate.id === service)?.cautions.map((caution) => caution.id) ?? [];

  it.each([
    { label: 'large data on Spark services needs PySpark', answers: { data: 'large' } as Answers, service: 'databricks', id: 'needs-pyspark' },
    { label: 'the same for Synapse', answers: { data: 'large', pyspark: 'yes' } as Answers, service: 'synapse', id: 'needs-pyspark' },
    { label: 'a team without PySpark is warned about the gap', answers: { data: 'large', pyspark: 'no' } as Answers, service: 'synapse', id: 'pyspark-gap' },
    { label: 'prebuilt models give little control', answers: { control: 'full' } as Answers, service: 'ai-services', id: 'prebuilt-little-control' },
    { label: 'check that a prebuilt model fits before relying on it', answers: { effort: 'little' } as Answers, service: 'ai-services', id: 'check-prebuilt-fit' },
    { label: 'for a tabular task, check a prebuilt model fits tables', answers: { task: 'tabular' } as Answers, service: 'ai-services', id: 'prebuilt-tabular-fit' },
    { label: 'large data in Azure ML needs sizing', answers: { data: 'large' } as Answers, service: 'azure-ml', id: 'large-data-outside-spark' },
    { label: 'Azure ML is Python-centred for a SQL team', answers: { language: 'sql' } as Answers, service: 'azure-ml', id: 'python-centred' },
    { label: 'SDK v1 material is a retired API', answers: {} as Answers, service: 'azure-ml', id: 'sdk-v1-retired' },
    { label: 'Fabric’s Spark needs Spark programming too', answers: { data: 'large' } as Answers, service: 'fabric', id: 'fabric-needs-spark' },
    { label: 'Fabric warns of the Spark gap too', answers: { data: 'large', pyspark: 'no' } as Answers, service: 'fabric', id: 'fabric-spark-gap' },
    { label: 'the Automated ML integration on Synapse is retired', answers: {} as Answers, service: 'synapse', id: 'synapse-automl-retired' },
    { label: 'an organization on Synapse still hears it', answers: { existing: ['synapse'] } as Answers, service: 'synapse', id: 'synapse-automl-retired' },
    { label: 'generative models are fine-tuned in Foundry', answers: { task: 'language' } as Answers, service: 'ai-services', id: 'generative-fine-tuning' },
  ])('$label', ({ answers, service, id }) => {
    expect(cautionIds(answers, service)).toContain(id);
  });

  it('does not warn about PySpark when the data is standard', () => {
    expect(cautionIds({ data: 'standard' }, 'databricks')).toEqual([]);
    expect(cautionIds({ data: 'standard' }, 'fabric')).toEqual([]);
  });

  it('tells only a language task about fine-tuning generative models', () => {
    expect(cautionIds({ task: 'vision' }, 'ai-services')).not.toContain('generative-fine-tuning');
    const caution = recommend({ task: 'language' }).services.find((candidate) => candidate.id === 'ai-services')?.cautions.find((candidate) => candidate.id === 'generative-fine-tuning');
    expect(caution?.text).toMatch(/fine-tune a generative model/);
    expect(caution?.text).toMatch(/Microsoft Foundry/);
    expect(caution?.source.url).toBe('https://learn.microsoft.com/azure/foundry/fine-tuning/overview');
  });

  it('warns an organization on Synapse, first on its own answers, that Automated ML there is retired and the direction is Fabric', () => {
    const synapse = recommend({ language: 'sql', unified: 'yes', existing: ['synapse'] }).services.find((candidate) => candidate.id === 'synapse');
    expect(synapse).toMatchObject({ rank: 1, tied: false });
    const caution = synapse?.cautions.find((candidate) => candidate.id === 'synapse-automl-retired');
    expect(caution?.text).toMatch(/Automated ML/);
    expect(caution?.text).toMatch(/Spark pool of version 2\.4/);
    expect(synapse?.cautions.find((candidate) => candidate.id === 'synapse-spark-24-disabled')?.text).toMatch(/23 August 2024/);
    expect(synapse?.today.text).toMatch(/does not list Synapse/);
  });
});

describe('today notes', () => {
  it.each([
    { service: 'azure-ml', mention: /30 June 2026/ },
    { service: 'synapse', mention: /lists Azure Machine Learning, Fabric, .* and does not list Synapse/ },
    { service: 'ai-services', mention: /now Foundry Tools/ },
    { service: 'databricks', mention: /Apache Spark/ },
    { service: 'fabric', mention: /data science/ },
  ])('$service says what changed: $mention', ({ service, mention }) => {
    const today = recommend({}).services.find((candidate) => candidate.id === service)?.today;
    expect(today?.text).toMatch(mention);
    expect(today?.source?.url).toMatch(/^https:\/\//);
  });
});

describe('the rule table', () => {
  it('has one rule per id, each id listed once', () => {
    expect(SERVICE_RULES.map((rule) => rule.id)).toEqual([...SERVICE_RULE_IDS]);
  });

  it('states each guideline in its own words with an absolute https source', () => {
    for (const rule of SERVICE_RULES) {
      expect(rule.statement.length).toBeGreaterThan(30);
      expect(rule.source.url).toMatch(/^https:\/\//);
      expect(rule.cases.length).toBeGreaterThan(0);
      for (const ruleCase of rule.cases) {
        expect(ruleCase.options.length).toBeGreaterThan(0);
        expect(ruleCase.points).not.toBe(0);
        expect(ruleCase.text.length).toBeGreaterThan(20);
        if (ruleCase.source !== undefined) expect(ruleCase.source.url).toMatch(/^https:\/\//);
      }
      // A guideline lifts some service; only a factor may count against one alone.
      if (rule.kind === 'guideline') expect(favouredBy(rule).length).toBeGreaterThan(0);
    }
  });

  it('credits Fabric wherever a guideline credits Synapse, each credit citing a Fabric page', () => {
    for (const rule of SERVICE_RULES.filter((candidate) => candidate.kind === 'guideline')) {
      const toSynapse = rule.cases.filter((ruleCase) => ruleCase.options.includes('synapse'));
      const toFabric = rule.cases.filter((ruleCase) => ruleCase.options.includes('fabric'));
      expect(toFabric.map((ruleCase) => [ruleCase.when, ruleCase.points]), rule.id).toEqual(toSynapse.map((ruleCase) => [ruleCase.when, ruleCase.points]));
      for (const ruleCase of toFabric) {
        expect(ruleCase.options, rule.id).toEqual(['fabric']);
        expect(ruleCase.source?.url, rule.id).toMatch(/^https:\/\/learn\.microsoft\.com\/(fabric|azure\/architecture)\//);
      }
    }
  });

  it('counts against Synapse, as a factor only, for any real answer to existing services but Synapse', () => {
    const rule = SERVICE_RULES.find((candidate) => candidate.id === 'synapse-not-adopted')!;
    expect(rule.kind).toBe('factor');
    expect(favouredBy(rule)).toEqual([]);
    expect(rule.cases).toEqual([
      expect.objectContaining({
        when: [{ question: 'existing', is: ['azure-ml', 'databricks', 'synapse', 'ai-services', 'fabric', 'none'] }, { question: 'existing', isNot: ['synapse'] }],
        options: ['synapse'],
        points: -1,
      }),
    ]);
    expect(rule.source.url).toBe('https://learn.microsoft.com/azure/synapse-analytics/spark/apache-spark-35-runtime');
  });
});
