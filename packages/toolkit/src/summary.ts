/**
 * Job summary helpers. Summaries are built as Markdown strings by pure functions (easy to test, user values
 * escaped so a file name cannot inject markup) and appended to GITHUB_STEP_SUMMARY once per step.
 */
import { appendSummary, warning } from './commands.js'

export function escapeCell(value: string | number | boolean): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

export function markdownTable(headers: string[], rows: (string | number | boolean)[][]): string {
  const line = (cells: (string | number | boolean)[]) => `| ${cells.map(escapeCell).join(' | ')} |`
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n'
}

export function mermaid(source: string): string {
  return '```mermaid\n' + source.trim() + '\n```\n'
}

export function codeBlock(source: string, language = ''): string {
  return '```' + language + '\n' + source.replace(/\n$/, '') + '\n```\n'
}

export function details(title: string, body: string): string {
  return `<details><summary>${escapeCell(title)}</summary>\n\n${body}\n</details>\n`
}

export function heading(text: string, level = 3): string {
  return `${'#'.repeat(level)} ${text}\n`
}

/** Appends Markdown sections to the job summary; a summary problem is only a warning. */
export function writeSummary(...sections: string[]): void {
  try {
    appendSummary(sections.join('\n'))
  } catch (error) {
    warning(`Could not write the job summary: ${String(error)}`)
  }
}
