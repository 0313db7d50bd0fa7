import type { Hit, Ranking, ServicePlace } from '../../../decision';
import { SERVICE_SCORING, whyNot } from '../../../decision';

const TITLE = new Map(SERVICE_SCORING.map((rule) => [rule.id as string, rule.title]));

/** How many guideline names the line spells out before it says "and N more". */
const NAMED = 2;

interface WhyLine {
  /** For a place at the top: what lifted it. Below: what counted against it, or else what it lacks. */
  readonly kind: 'for' | 'against' | 'misses' | 'none';
  /** Guideline names, strongest first. */
  readonly named: readonly string[];
  /** How many more there are behind "Reasons and details". */
  readonly more: number;
}

function line(kind: WhyLine['kind'], reasons: readonly Hit[]): WhyLine {
  // Strongest first; the sort is stable, so equal weights keep the guidance's own order.
  const titles = [...new Set([...reasons].sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).map((reason) => TITLE.get(reason.guideline) ?? reason.guideline))];
  return { kind, named: titles.slice(0, NAMED), more: Math.max(titles.length - NAMED, 0) };
}

/**
 * One line of why, for a service's row in the ranking: the guidelines that
 * put a leader first, and for every other service why it is not first
 * (what counted against it, or what the leaders had that it lacks). The
 * reasons in full are one click away.
 */
export function whyLine(ranking: Ranking, service: ServicePlace): WhyLine {
  const against = service.reasons.filter((reason) => reason.points < 0);
  if (service.rank === 1) {
    const lifted = service.reasons.filter((reason) => reason.points > 0);
    if (lifted.length > 0) return line('for', lifted);
    return against.length > 0 ? line('against', against) : line('none', []);
  }
  if (against.length > 0) return line('against', against);
  const missed = whyNot(ranking, service.id)?.missed ?? [];
  return missed.length > 0 ? line('misses', missed) : line('none', []);
}

export const WHY_LABEL: Record<WhyLine['kind'], string> = {
  for: 'For',
  against: 'Against',
  misses: 'Lacks',
  none: '',
};
