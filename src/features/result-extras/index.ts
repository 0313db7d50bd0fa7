/**
 * The parts of the result page below the fold, fetched in one chunk once the
 * ranking is on screen and the page is idle: what would change the result,
 * the guidelines at a glance, and the printed list of sources. They live outside features/result so the
 * build does not fold them into the result's own first-load chunk.
 */
import './extras.css';

export { GuidelineGlance } from './guideline-glance';
export { PrintSources } from './print-sources';
export { WhatIfList } from './what-if-list';
