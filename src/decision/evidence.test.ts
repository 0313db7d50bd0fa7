import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT } from './method-support';
import type { Note, Rule } from './rank';
import { recommend } from './recommend';
import { SERVICE_RULES } from './service-rules';
import type { Source } from './sources';
import * as SOURCES from './sources';
import { COMPUTE_RULES, METHOD_RULES } from './training-rules';
import { ANSWER_SPACE } from './answers';
import { singlesAndPairs } from './testing/answer-samples';
import { EVIDENCE } from './testing/evidence';
import { GUIDANCE_REVIEWED_ON } from './ranking';
import { SERVICES } from './service-profiles';
import { COMPUTE_TARGETS, METHODS, frameworkAdvice } from './training-profiles';

/** Every claim the module makes, by claim id, with the page it cites. */
function claims(): Map<string, Source | undefined> {
  const found = new Map<string, Source | undefined>();
  const add = (id: string, source: Source | undefined) => found.set(id, source);
  const addNotes = (notes: readonly Note[]) => notes.forEach((note) => add(`note:${note.id}`, note.source));

  for (const rule of [...SERVICE_RULES, ...METHOD_RULES, ...COMPUTE_RULES] as readonly Rule<string>[]) {
    rule.cases.forEach((ruleCase, index) => add(`rule:${rule.id}:${index}`, ruleCase.source ?? rule.source));
  }
  for (const [id, profile] of Object.entries(SERVICES)) {
    add(`today:${id}`, profile.today.source);
    add(`lineage:${id}`, profile.lineage.source);
    add(`summary:${id}`, profile.learnMore[0]);
    add(`first-step:${id}`, profile.firstStep);
  }
  for (const [id, profile] of [...Object.entries(METHODS), ...Object.entries(COMPUTE_TARGETS)]) {
    add(`today:${id}`, profile.today.source);
    add(`lineage:${id}`, profile.lineage.source);
    addNotes(profile.notes);
  }
  for (const [id, profile] of Object.entries(METHODS)) add(`first-step:${id}`, profile.firstStep);
  for (const framework of ANSWER_SPACE.framework.values) {
    const advice = frameworkAdvice({ framework })!;
    add(`framework-then:${framework}`, advice.sources[0]);
    add(`framework-today:${framework}`, advice.sources[1]);
    if (advice.sources[2] !== undefined) add(`framework-also:${framework}`, advice.sources[2]);
    addNotes(advice.cautions);
  }
  for (const [id, row] of [...Object.entries(FRAMEWORK_SUPPORT), ...Object.entries(COMPUTE_SUPPORT)]) {
    add(`support:${id}`, row.source);
    for (const [method, mark] of Object.entries(row.methods)) if (mark.source !== undefined) add(`support:${id}:${method}`, mark.source);
  }
  for (const answers of singlesAndPairs()) {
    const result = recommend(answers);
    for (const option of [...result.services, ...result.methods, ...result.computeTargets]) addNotes(option.cautions);
    for (const option of [...result.methods, ...result.computeTargets]) addNotes(option.notes);
    for (const notice of result.notices) if (notice.source !== undefined) add(`note:${notice.id}`, notice.source);
  }
  return found;
}

const ALL = claims();
const words = (text: string) => text.trim().split(/\s+/).length;

describe('every claim is backed by the page it cites', () => {
  it.each([...ALL.entries()].map(([id, source]) => ({ id, source })))('$id', ({ id, source }) => {
    expect(source, `${id} has no source`).toBeDefined();
    expect(source!.checked, `${source!.url} has no check date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(source!.checked <= GUIDANCE_REVIEWED_ON, `${source!.url} was checked after the guidance review date`).toBe(true);
    const evidence = EVIDENCE[id];
    expect(evidence, `no phrase recorded for ${id}`).toBeDefined();
    expect(SOURCES[evidence!.source].url, `${id} cites ${source!.url} but its phrase is from another page`).toBe(source!.url);
    expect(words(evidence!.quote)).toBeGreaterThan(2);
    expect(words(evidence!.quote)).toBeLessThanOrEqual(25);
  });

  it('records no phrase for a claim the module no longer makes', () => {
    expect(Object.keys(EVIDENCE).filter((id) => !ALL.has(id))).toEqual([]);
  });

  it('every source has a check date no later than the guidance review', () => {
    for (const source of Object.values(SOURCES)) {
      expect(source.checked <= GUIDANCE_REVIEWED_ON).toBe(true);
      expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('never cites a page for a different claim than the one recorded', () => {
    for (const [id, evidence] of Object.entries(EVIDENCE)) expect(SOURCES[evidence.source], id).toBeDefined();
  });
});

// The Learn unit's own text is beside the repository when the source documents are (../shared/seeds).
const SEED = new URL('../../../shared/seeds/000_0e6be943dee7e70f.txt', import.meta.url);
describe.skipIf(!existsSync(SEED))('phrases from the Learn unit are in its text', () => {
  it('each phrase credited to the Learn unit appears in it word for word', () => {
    const text = readFileSync(SEED, 'utf8').replace(/\*\*/g, '');
    for (const [id, evidence] of Object.entries(EVIDENCE)) {
      if (evidence.source === 'chooseService') expect(text, id).toContain(evidence.quote);
    }
  });
});
