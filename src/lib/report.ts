/**
 * `toHtmlReport(analysis)`: one self-contained HTML page (no scripts from elsewhere, no fetches)
 * showing the input with every block marked kept or dropped, its category, score and reasons, and
 * a summary of what was removed per category. Everything from the input is escaped.
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

function part(text: string, label: string, category: Category | undefined, score: number, reasons: Reason[]): string {
  const title = [`${label}${category ? ` (${category})` : ''}, score ${score}`, ...reasons.map(reasonLine)].join('\n')
  const badge = label === 'boilerplate' ? `<span class="badge">${escapeHtml(category ?? 'boilerplate')} · ${score.toFixed(2)}</span>` : ''
  return `<span class="${label === 'boilerplate' ? 'drop' : 'keep'}" title="${escapeHtml(title)}">${badge}${escapeHtml(text)}</span>`
}

function block(b: BlockAnalysis, index: number): string {
  const body = b.sentences
    ? b.sentences.map((s) => part(s.text, s.label, s.category, s.score, s.reasons)).join(' ')
    : part(b.text, b.label, b.category, b.score, b.reasons)
  const state = b.label === 'boilerplate' ? 'dropped' : b.sentences ? 'mixed' : 'kept'
  const reasons = b.reasons.map((r) => `<li>${escapeHtml(reasonLine(r))}</li>`).join('')
  return (
    `<section class="block ${state}" data-label="${b.label}" data-state="${state}"${b.category ? ` data-category="${b.category}"` : ''} data-score="${b.score}">` +
    `<div class="meta">#${index + 1} · ${state}${b.category ? ` · ${escapeHtml(b.category)}` : ''} · score ${b.score.toFixed(2)}</div>` +
    `<div class="text">${body}</div>` +
    `<details><summary>reasons</summary><ul>${reasons}</ul></details></section>`
  )
}

/** Render an analysis as a self-contained HTML page. */
export function toHtmlReport(analysis: Analysis, options: ReportOptions = {}): string {
  const title = options.title ?? 'deboiler report'
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
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d232b}
header{background:#1d232b;color:#fff;padding:18px 28px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#b9c2cc}
main{max-width:920px;margin:0 auto;padding:20px 28px}
table{border-collapse:collapse;width:100%;background:#fff;margin:0 0 22px;box-shadow:0 1px 2px #0001}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e5e8ec;font-size:13px}th{background:#eef1f4}
.block{background:#fff;border-left:4px solid #2f9e5b;margin:10px 0;padding:8px 14px;box-shadow:0 1px 2px #0001}
.block.dropped{border-left-color:#d9534f;background:#fdf3f3}.block.mixed{border-left-color:#e0a030}
.meta{font-size:12px;color:#6b7683;margin-bottom:4px}.text{white-space:pre-wrap;word-break:break-word}
.drop{color:#9a5a58;text-decoration:line-through;text-decoration-color:#d9534f88}
.badge{display:inline-block;font-size:11px;font-weight:600;text-decoration:none;color:#fff;background:#d9534f;border-radius:3px;padding:0 5px;margin-right:6px}
details{font-size:12px;color:#4a5561}summary{cursor:pointer;color:#6b7683}ul{margin:4px 0 0;padding-left:18px}
</style></head><body>
<header><h1>${escapeHtml(title)}</h1><p>${analysis.blocks.length} blocks · ${share}% of the text removed · hover a part for its reasons</p></header>
<main>
<table><thead><tr><th>category</th><th>what it is</th><th>parts</th><th>characters</th><th>share of text</th></tr></thead><tbody>${rows || '<tr><td colspan="5">nothing removed</td></tr>'}</tbody></table>
${analysis.blocks.map(block).join('\n')}
</main></body></html>
`
}
