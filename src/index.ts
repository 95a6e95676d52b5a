/**
 * deboiler: strip promotional boilerplate from scraped text and keep the editorial body.
 */
export { analyze } from './lib/analyze.js'
export { clean, render } from './lib/clean.js'
export { createCleaner, type Cleaner, type CleanerOptions, type DocumentOptions } from './lib/cleaner.js'
export type { RepeatOptions } from './lib/repeats.js'
export { categories, categoryDescriptions, type Options } from './lib/options.js'
export { toHtmlReport, type ReportOptions } from './lib/report.js'
export type { Analysis, BlockAnalysis, Category, Label, Reason, SentenceAnalysis } from './lib/types.js'
