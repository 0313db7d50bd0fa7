import { ANSWER_SPACE } from '../answers';
import { QUESTIONS, SECTIONS } from '../questions';
import { recommend } from '../recommend';
import { SERVICE_RULES } from '../service-rules';
import { COMPUTE_SUPPORT, FRAMEWORK_SUPPORT } from '../method-support';
import { COMPUTE_RULES, METHOD_RULES } from '../training-rules';
import { singlesAndPairs } from './answer-samples';
import { SERVICES } from '../service-profiles';
import { COMPUTE_TARGETS, METHODS, frameworkAdvice } from '../training-profiles';

const noteTexts = (notes: readonly { readonly text: string }[]) => notes.map((note) => note.text);

/**
 * Every sentence the product can show about the guidance, one entry per
 * separate piece of text: questions (prompt, help, "what does this mean",
 * options), services, rules, methods and compute targets with their today
 * notes and where each comes from in the sources (lineage), and every reason, caution, note, notice and piece of framework advice
 * that recommend() gives over every single answer and pair of answers.
 * Source titles are left out: they are the linked pages' own names.
 */
export function productTexts(): string[] {
  const texts = new Set<string>();
  const add = (...items: readonly (string | undefined)[]) => {
    for (const item of items) if (item !== undefined && item !== '') texts.add(item);
  };

  add(...Object.values(SECTIONS).map((section) => section.title));
  for (const question of QUESTIONS) {
    add(question.title, question.prompt, question.help, 'more' in question ? question.more : undefined);
    for (const option of question.options) add(option.label, 'hint' in option ? option.hint : undefined);
  }
  for (const profile of Object.values(SERVICES)) {
    add(profile.name, profile.shortName, profile.summary, profile.today.text, profile.lineage.name, profile.lineage.label);
  }
  for (const rule of SERVICE_RULES) add(rule.title, rule.statement);
  for (const profile of [...Object.values(METHODS), ...Object.values(COMPUTE_TARGETS)]) {
    add(profile.name, profile.summary, profile.today.text, ...noteTexts(profile.notes));
    add(profile.lineage.name, profile.lineage.label, profile.lineage.summary);
  }
  for (const rule of [...METHOD_RULES, ...COMPUTE_RULES]) add(rule.title, rule.statement);
  for (const row of [...Object.values(FRAMEWORK_SUPPORT), ...Object.values(COMPUTE_SUPPORT)]) {
    for (const support of Object.values(row.methods)) add(support.label, support.text);
  }
  for (const framework of ANSWER_SPACE.framework.values) {
    const advice = frameworkAdvice({ framework });
    if (advice !== undefined) add(advice.name, advice.then, advice.today, ...noteTexts(advice.cautions));
  }

  for (const answers of singlesAndPairs()) {
    const result = recommend(answers);
    for (const option of [...result.services, ...result.methods, ...result.computeTargets]) {
      add(...option.reasons.map((reason) => reason.text), ...noteTexts(option.cautions));
    }
    for (const option of [...result.methods, ...result.computeTargets]) add(...noteTexts(option.notes));
    add(...noteTexts(result.notices));
    if (result.frameworkAdvice !== undefined) add(...noteTexts(result.frameworkAdvice.cautions));
  }
  return [...texts];
}
