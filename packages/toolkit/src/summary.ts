/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test) and appended to the
 * job summary file (GITHUB_STEP_SUMMARY, the file core.summary writes) once per step. Values from outside (file
 * names, runner names, tool output) are escaped so they cannot leave their cell or code block: a cell holds no line
 * break of any kind, no unescaped pipe or backslash, no backtick or HTML; a code block's fence is longer than any backtick run inside it.
 */
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import { log } from './runner.js'

export function escapeCell(value: string | number | boolean): string {
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '&#96;')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>')
}

export function markdownTable(headers: string[], rows: (string | number | boolean)[][]): string {
  const line = (cells: (string | number | boolean)[]) => `| ${cells.map(escapeCell).join(' | ')} |`
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n'
}

/** A fence of backticks longer than the longest run of backticks in `source` (and at least three). */
export function fenceFor(source: string): string {
  const longest = Math.max(0, ...(source.match(/`+/g) ?? []).map(run => run.length))
  return '`'.repeat(Math.max(3, longest + 1))
}

/** Line ends of every kind as \n: a bare CR would otherwise end a line inside the block for some renderers. */
const plainLines = (source: string) => source.replace(/\r\n|\r/g, '\n')

export function mermaid(source: string): string {
  const body = plainLines(source).trim()
  const fence = fenceFor(body)
  return `${fence}mermaid\n${body}\n${fence}\n`
}

export function codeBlock(source: string, language = ''): string {
  const body = plainLines(source).replace(/\n$/, '')
  const fence = fenceFor(body)
  return `${fence}${language.replace(/[^\w+-]/g, '')}\n${body}\n${fence}\n`
}

/** Text for inside HTML (a `<summary>` title): no markup, one line. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
}

export function details(title: string, body: string): string {
  return `<details><summary>${escapeHtml(title)}</summary>\n\n${body}\n</details>\n`
}

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}\n`
}

/** Appends Markdown sections to the job summary; a summary problem is only a warning. */
export function writeSummary(...sections: string[]): void {
  const path = process.env.GITHUB_STEP_SUMMARY
  if (!path) return
  const markdown = sections.join('\n')
  try {
    appendFileSync(path, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8')
  } catch (error) {
    log.warning(`Could not write the job summary: ${String(error)}`)
  }
}
