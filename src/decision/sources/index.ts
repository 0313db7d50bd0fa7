/**
 * Every page the advice links to, each titled as it is titled today and
 * carrying the day it was last read against what the product says of it.
 * Code refers to a page by its name (`SOURCES.chooseService`), so a moved page
 * is fixed in one place; the phrases that back each claim are in
 * ../testing/evidence.ts, which only tests import.
 *
 * Three modules, so that a screen downloads only the pages it names: the two
 * source documents (the footer of every page), the first steps (the result's
 * first screen) and the reference pages (its folded details).
 */
export type { Source } from './page';
export * from './seeds';
export * from './first-steps';
export * from './reference';
