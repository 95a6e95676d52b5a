/**
 * deboiler: strip promotional boilerplate from scraped text and keep the editorial body.
 */
export { analyze } from './lib/analyze.js'
export { clean, render } from './lib/clean.js'
export { categories, categoryDescriptions, type Options } from './lib/options.js'
export type { Analysis, BlockAnalysis, Category, Label, Reason, SentenceAnalysis } from './lib/types.js'
