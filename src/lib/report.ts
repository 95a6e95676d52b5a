/**
 * `toHtmlReport(analysis)`: one self-contained HTML page (no scripts from elsewhere, no fetches)
 * showing the input with every block marked kept or dropped, its category, score and reasons, and
 * a summary of what was removed per category. Runs of dropped blocks fold into one card, and a
 * "removed only" view (CSS only: the page runs no script) hides what was kept. Everything from the
 * input is escaped.
 */
import { categoryDescriptions } from './options.js'
import type { Analysis, BlockAnalysis, Category, Reason } from './types.js'

export interface ReportOptions {
  /** Title of the page (e.g. the file name). Default `'deboiler report'`. */
  title?: string
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Escape text for HTML content and attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const reasonLine = (r: Reason) => `${r.rule} ${r.weight > 0 ? '+' : ''}${r.weight}${r.detail ? ` — ${r.detail}` : ''}`

/** A sentence of a mixed block, with its reasons in its title. */
function part(text: string, label: string, category: Category | undefined, score: number, reasons: Reason[]): string {
  const title = [`${label}${category ? ` (${category})` : ''}, score ${score}`, ...reasons.map(reasonLine)].join('\n')
  const badge = label === 'boilerplate' ? `<span class="badge">${escapeHtml(category ?? 'boilerplate')} · ${score.toFixed(2)}</span>` : ''
  return `<span class="${label === 'boilerplate' ? 'drop' : 'keep'}" title="${escapeHtml(title)}">${badge}${escapeHtml(text)}</span>`
}

/** A mixed block (some sentences dropped): its own card, each sentence with its reasons in its title. */
function mixed(b: BlockAnalysis, index: number): string {
  const body = b.sentences!.map((s) => part(s.text, s.label, s.category, s.score, s.reasons)).join(' ')
  return (
    `<section class="block mixed" data-label="${b.label}" data-state="mixed" data-blocks="1"${b.category ? ` data-category="${b.category}"` : ''} data-score="${b.score}">` +
    `<div class="meta">#${index + 1} · mixed${b.category ? ` · ${escapeHtml(b.category)}` : ''} · score ${b.score.toFixed(2)}</div>` +
    `<div class="text">${body}</div>` +
    `<details><summary>reasons</summary><ul>${b.reasons.map((r) => `<li>${escapeHtml(reasonLine(r))}</li>`).join('')}</ul></details></section>`
  )
}

/** Reason lines shown for a folded run: the most frequent rules. */
const MAX_REASONS = 8

/**
 * A run of consecutive blocks kept or dropped whole, folded into one card. Dropped text comes in one
 * span per run of the same category; kept text one span per block, its score and rules in the title.
 * Each distinct rule is listed once, with how many blocks it applied to. Linear in the run.
 */
function run(blocks: BlockAnalysis[], first: number, dropped: boolean): string {
  const categories = new Map<string, number>()
  const reasons = new Map<string, { line: string; count: number }>()
  let low = 1
  let high = 0
  let body = ''
  let open: string | undefined
  for (const b of blocks) {
    // Reasons by rule and weight (their details name the block's own words): one line each, with
    // the first block's detail as the example and how many blocks it applied to.
    for (const r of b.reasons) {
      const key = `${r.rule} ${r.weight}`
      const seen = reasons.get(key)
      if (seen) seen.count++
      else reasons.set(key, { line: reasonLine(r), count: 1 })
    }
    low = Math.min(low, b.score)
    high = Math.max(high, b.score)
    if (!dropped) {
      const rules = b.reasons.map((r) => `${r.rule} ${r.weight > 0 ? '+' : ''}${r.weight}`).join(', ')
      body += `${body ? '\n' : ''}<span class="keep" title="score ${b.score.toFixed(2)}: ${escapeHtml(rules)}">${escapeHtml(b.text)}</span>`
      continue
    }
    const c = b.category ?? 'boilerplate'
    categories.set(c, (categories.get(c) ?? 0) + 1)
    if (c !== open) {
      if (open !== undefined) body += '</span>\n'
      body += `<span class="drop" title="${escapeHtml(c)}"><span class="badge">${escapeHtml(c)}</span>`
      open = c
    } else {
      body += '\n'
    }
    body += escapeHtml(b.text)
  }
  if (open !== undefined) body += '</span>'
  const n = blocks.length
  const state = dropped ? 'dropped' : 'kept'
  const where = n === 1 ? `#${first + 1}` : `#${first + 1}–${first + n}`
  const kinds = [...categories].sort((x, y) => y[1] - x[1]).map(([c, k]) => (n === 1 ? escapeHtml(c) : `${escapeHtml(c)} ${k}`)).join(', ')
  const scores = low === high || n === 1 ? `score ${high.toFixed(2)}` : `scores ${low.toFixed(2)}–${high.toFixed(2)}`
  const sorted = [...reasons.values()].sort((x, y) => y.count - x.count)
  const list = sorted.slice(0, MAX_REASONS).map((r) => `<li>${escapeHtml(r.line)}${n > 1 ? ` <span class="count">× ${r.count}${r.count > 1 ? ', e.g.' : ''}</span>` : ''}</li>`).join('') +
    (sorted.length > MAX_REASONS ? `<li class="count">${sorted.length - MAX_REASONS} more rules</li>` : '')
  const category = n === 1 && blocks[0]!.category ? ` data-category="${blocks[0]!.category}"` : ''
  return (
    `<section class="block ${state}" data-label="${dropped ? 'boilerplate' : 'editorial'}" data-state="${state}" data-blocks="${n}"${category}>` +
    `<div class="meta">${where} · ${n === 1 ? state : `${n} ${state} blocks`}${kinds ? ` · ${kinds}` : ''} · ${scores}</div>` +
    `<div class="text">${body}</div>` +
    `<details><summary>reasons</summary><ul>${list}</ul></details></section>`
  )
}

/** The cards of one analysis: mixed blocks one by one, runs of blocks kept or dropped whole folded. */
function cards(analysis: Analysis): string {
  const out: string[] = []
  const blocks = analysis.blocks
  const state = (b: BlockAnalysis) => (b.label === 'boilerplate' ? 'dropped' : b.sentences ? 'mixed' : 'kept')
  for (let i = 0; i < blocks.length; ) {
    const s = state(blocks[i]!)
    if (s === 'mixed') {
      out.push(mixed(blocks[i]!, i))
      i++
      continue
    }
    let j = i
    while (j < blocks.length && state(blocks[j]!) === s) j++
    out.push(run(blocks.slice(i, j), i, s === 'dropped'))
    i = j
  }
  return out.join('\n')
}

/** What was removed, per category, and the share of the text. */
function summary(analysis: Analysis) {
  const removed = new Map<Category, { blocks: number; chars: number }>()
  let removedChars = 0
  const count = (c: Category | undefined, chars: number) => {
    const key = c ?? 'navigation'
    const entry = removed.get(key) ?? { blocks: 0, chars: 0 }
    entry.blocks++
    entry.chars += chars
    removed.set(key, entry)
    removedChars += chars
  }
  for (const b of analysis.blocks) {
    if (b.label === 'boilerplate') count(b.category, b.text.length)
    else for (const s of b.sentences ?? []) if (s.label === 'boilerplate') count(s.category ?? b.category, s.text.length)
  }
  const total = analysis.blocks.reduce((a, b) => a + b.text.length, 0)
  const rows = [...removed]
    .sort((a, b) => b[1].chars - a[1].chars)
    .map(([c, e]) => `<tr><td><span class="badge">${c}</span></td><td>${escapeHtml(categoryDescriptions[c])}</td><td>${e.blocks}</td><td>${e.chars}</td><td>${total ? ((100 * e.chars) / total).toFixed(1) : '0.0'}%</td></tr>`)
    .join('')
  const share = total ? ((100 * removedChars) / total).toFixed(1) : '0.0'
  const table = `<table><thead><tr><th>category</th><th>what it is</th><th>parts</th><th>characters</th><th>share of text</th></tr></thead><tbody>${rows || '<tr><td colspan="5">nothing removed</td></tr>'}</tbody></table>`
  return { share, table }
}

const STYLE = `body{font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d232b}
header{background:#1d232b;color:#fff;padding:18px 28px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#b9c2cc}
main{max-width:920px;margin:0 auto;padding:20px 28px}h2{font-size:17px;margin:26px 0 8px}
table{border-collapse:collapse;width:100%;background:#fff;margin:0 0 22px;box-shadow:0 1px 2px #0001}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e5e8ec;font-size:13px}th{background:#eef1f4}
.block{background:#fff;border-left:4px solid #2f9e5b;margin:10px 0;padding:8px 14px;box-shadow:0 1px 2px #0001}
.block.dropped{border-left-color:#d9534f;background:#fdf3f3}.block.mixed{border-left-color:#e0a030}
.meta{font-size:12px;color:#6b7683;margin-bottom:4px}.text{white-space:pre-wrap;word-break:break-word}
.drop{color:#9a5a58;text-decoration:line-through;text-decoration-color:#d9534f88}
.badge{display:inline-block;font-size:11px;font-weight:600;text-decoration:none;color:#fff;background:#d9534f;border-radius:3px;padding:0 5px;margin-right:6px}
details{font-size:12px;color:#4a5561}summary{cursor:pointer;color:#6b7683}ul{margin:4px 0 0;padding-left:18px}.count{color:#8a94a0}
.views{position:sticky;top:0;z-index:1;background:#f6f7f9;padding:8px 28px;border-bottom:1px solid #e5e8ec;font-size:13px}
.views label{margin-right:14px;cursor:pointer}.views input{margin-right:4px;vertical-align:-1px}
#view-all:checked~.views label[for=view-all],#view-removed:checked~.views label[for=view-removed]{font-weight:600;border-bottom:2px solid #d9534f}
#view-removed:checked~main .block.kept{display:none}
#view-removed:checked~main .block.mixed .keep{display:none}`

/** Render an analysis as a self-contained HTML page. */
export function toHtmlReport(analysis: Analysis, options: ReportOptions = {}): string {
  return toHtmlReportOf([{ title: options.title ?? 'deboiler report', analysis }], options.title)
}

/**
 * One self-contained page for several documents (the command's --report with several files): a
 * summary and the cards of each. Folding keeps the page a small multiple of the input: a menu of a
 * thousand one-word lines is one card, not a thousand.
 */
export function toHtmlReportOf(documents: Array<{ title: string; analysis: Analysis }>, title?: string): string {
  const pageTitle = title ?? (documents.length === 1 ? documents[0]!.title : `deboiler report: ${documents.length} documents`)
  const blocks = documents.reduce((a, d) => a + d.analysis.blocks.length, 0)
  const sections = documents.map((d) => {
    const { share, table } = summary(d.analysis)
    const heading = documents.length > 1 ? `<h2>${escapeHtml(d.title)}</h2><p>${d.analysis.blocks.length} blocks · ${share}% of the text removed</p>\n` : ''
    return { share, html: `${heading}${table}\n${cards(d.analysis)}` }
  })
  const about = documents.length === 1 ? `${blocks} blocks · ${sections[0]!.share}% of the text removed` : `${documents.length} documents · ${blocks} blocks`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(pageTitle)}</title>
<style>
${STYLE}
</style></head><body>
<header><h1>${escapeHtml(pageTitle)}</h1><p>${about} · runs of blocks kept or dropped whole share a card · hover a part for its score or category</p></header>
<input type="radio" name="view" id="view-all" checked hidden><input type="radio" name="view" id="view-removed" hidden>
<nav class="views">show: <label for="view-all">everything</label><label for="view-removed">removed only</label></nav>
<main>
${sections.map((s) => s.html).join('\n')}
</main></body></html>
`
}
