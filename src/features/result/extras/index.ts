/**
 * Two of the result's folded sections, what would change the ranking and the
 * guidelines at a glance. They load with the other folded parts
 * (features/result/details), in one chunk, once the ranking is on screen.
 */
import './extras.css';

export { GuidelineGlance } from './guideline-glance';
export { WhatIfList } from './what-if-list';
