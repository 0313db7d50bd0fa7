import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no separate 2.2 A rules). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * axe's experimental rules that carry WCAG A/AA tags. Experimental rules are
 * off unless named, so they are switched on one by one: tables whose data
 * cells have no header, a caption faked with a first row, paragraphs styled
 * as headings, and a CSS lock to one orientation. (axe's other experimental
 * rules are best practice only and stay off.)
 */
export const EXPERIMENTAL_WCAG_RULES = ['td-has-header', 'table-fake-caption', 'p-as-heading', 'css-orientation-lock'] as const;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

/**
 * A text node axe left "incomplete" for colour contrast, with this suite's own
 * verdict. Axe cannot measure text over a gradient (the top service card has
 * one); it is measured here against every colour the gradient passes through.
 * Any other reason axe gives (an image behind, overlapping elements, …) is
 * left unresolved, and unresolved counts as a failure.
 */
export interface ContrastCheck {
  readonly target: readonly unknown[];
  /** Axe's reason, e.g. "bgGradient". */
  readonly reason: string;
  /** The element's text colour, as computed. */
  readonly text: string;
  /** The colours behind the text that were measured against (after compositing), or none when unresolved. */
  readonly backgrounds: readonly string[];
  /** The lowest contrast ratio over those backgrounds, rounded to two decimals; null when unresolved. */
  readonly ratio: number | null;
  /** 4.5, or 3 for large text (24px, or 18.66px bold). */
  readonly required: number;
  readonly fontSize: string;
  readonly fontWeight: string;
  readonly passes: boolean;
}

export interface AxeReport {
  readonly violations: AxeViolation[];
  /** Every color-contrast node axe could not decide, each resolved here or marked as not. */
  readonly contrast: ContrastCheck[];
}

/**
 * Runs axe-core on the page as it is now: the WCAG A/AA rules and the
 * experimental rules above. The page's CSP forbids inline script, so axe is
 * evaluated through the DevTools protocol (which CSP does not govern) instead
 * of an injected <script> tag, which the CSP would block and report as a
 * violation.
 */
export async function runAxe(page: Page): Promise<AxeReport> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(
    async ({ tags, experimental }) => {
      interface NodeResult {
        target: unknown[];
        failureSummary?: string;
        element?: Element;
        any: { id: string; data?: { messageKey?: string } | null }[];
      }
      interface RuleResult {
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: NodeResult[];
      }
      const axe = (
        window as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: RuleResult[]; incomplete: RuleResult[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(experimental.map((id) => [id, { enabled: true }])),
        resultTypes: ['violations', 'incomplete'],
        elementRef: true,
      });

      type Rgba = [number, number, number, number];
      const parse = (text: string): Rgba | undefined => {
        const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(text);
        if (match === null) return undefined;
        const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
        return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
      };
      const over = (top: Rgba, below: Rgba): Rgba => {
        const alpha = top[3] + below[3] * (1 - top[3]);
        if (alpha === 0) return [0, 0, 0, 0];
        const mix = (index: 0 | 1 | 2) => (top[index] * top[3] + below[index] * below[3] * (1 - top[3])) / alpha;
        return [mix(0), mix(1), mix(2), alpha];
      };
      const luminance = ([r, g, b]: Rgba) => {
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const ratio = (a: Rgba, b: Rgba) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (light + 0.05) / (dark + 0.05);
      };
      const show = ([r, g, b, a]: Rgba) => {
        const hex = `#${[r, g, b].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
        return a >= 0.999 ? hex : `${hex} at ${a.toFixed(2)}`;
      };
      /** Every colour a gradient passes through: its stops and ten steps between each two. */
      const gradientColours = (image: string): Rgba[] | undefined => {
        if (!/^(?:repeating-)?(?:linear|radial|conic)-gradient\(/.test(image) || image.includes('url(')) return undefined;
        const stops = [...image.matchAll(/rgba?\([^)]*\)/g)].map((match) => parse(match[0])!);
        if (stops.length === 0) return undefined;
        const colours: Rgba[] = [];
        stops.forEach((stop, index) => {
          const next = stops[index + 1];
          if (next === undefined) return void colours.push(stop);
          for (let step = 0; step < 10; step += 1) {
            const t = step / 10;
            colours.push(stop.map((value, channel) => value + (next[channel]! - value) * t) as Rgba);
          }
        });
        return colours;
      };
      /** The colours behind `element`, from its own background down to the first opaque one; undefined when not just colours. */
      const backdrop = (element: Element): Rgba[] | undefined => {
        const layers: Rgba[][] = [];
        for (let node: Element | null = element; node !== null; node = node.parentElement) {
          const style = getComputedStyle(node);
          const image = style.backgroundImage;
          const colour = parse(style.backgroundColor) ?? [0, 0, 0, 0];
          if (image !== 'none') {
            const colours = gradientColours(image);
            if (colours === undefined) return undefined;
            layers.push(colours);
            if (colours.every((stop) => stop[3] >= 1)) break;
          }
          if (colour[3] > 0) layers.push([colour]);
          if (colour[3] >= 1) break;
        }
        // Whatever is left see-through sits on a white canvas.
        let below: Rgba[] = [[255, 255, 255, 1]];
        for (const layer of layers.reverse()) below = layer.flatMap((top) => below.map((under) => over(top, under)));
        return below;
      };

      const contrast = result.incomplete
        .filter((rule) => rule.id === 'color-contrast')
        .flatMap((rule) =>
          rule.nodes.map((node) => {
            const element = node.element!;
            const style = getComputedStyle(element);
            const reason = node.any.map((check) => check.data?.messageKey).find((key) => key !== undefined) ?? 'unknown';
            const size = parseFloat(style.fontSize);
            const bold = Number(style.fontWeight) >= 700;
            const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            const text = parse(style.color) ?? [0, 0, 0, 1];
            const behind = reason === 'bgGradient' ? backdrop(element) : undefined;
            const lowest = behind === undefined ? null : Math.min(...behind.map((colour) => ratio(over(text, colour), colour)));
            return {
              target: node.target,
              reason,
              text: show(text),
              backgrounds: behind === undefined ? [] : [...new Set(behind.map(show))],
              ratio: lowest === null ? null : Math.floor(lowest * 100) / 100,
              required,
              fontSize: style.fontSize,
              fontWeight: style.fontWeight,
              passes: lowest !== null && lowest >= required,
            };
          }),
        );
      const violations = result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
      }));
      return { violations, contrast };
    },
    { tags: [...WCAG_TAGS], experimental: [...EXPERIMENTAL_WCAG_RULES] },
  );
}

/** One readable line per offending element, for assertion messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `[${violation.impact ?? '?'}] ${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}` +
          (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''),
      ),
    )
    .join('\n');
}

/** One line per contrast check that did not pass: the element, its colours and the ratio against what is required. */
export function describeContrast(checks: readonly ContrastCheck[]): string {
  return checks
    .filter((check) => !check.passes)
    .map((check) =>
      check.ratio === null
        ? `color-contrast undecided (${check.reason}) at ${JSON.stringify(check.target)}: text ${check.text}; check it by hand or fix what hides the background`
        : `color-contrast ${check.ratio}:1 < ${check.required}:1 at ${JSON.stringify(check.target)}: text ${check.text} (${check.fontSize}, weight ${check.fontWeight}) over ${check.backgrounds.join(', ')}`,
    )
    .join('\n');
}
