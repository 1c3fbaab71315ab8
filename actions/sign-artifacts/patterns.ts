/**
 * The `files` patterns before they reach the glob: pure checks and rewriting. @actions/glob does the matching
 * (its semantics: `*`, `?`, `[...]`, `**`, a leading `!` excludes, `#` starts a comment, a folder matches every
 * file below it); this module keeps every pattern inside the workspace and makes it absolute, so the result
 * does not depend on the process's working folder.
 */
import { isAbsolute, posix, win32 } from 'node:path'
import { isInside } from '../../packages/toolkit/src/paths.js'

/** A pattern without its leading `!` marks, trimmed. */
export function patternBody(pattern: string): { negated: boolean; body: string } {
  let body = pattern.trim()
  let negations = 0
  while (body.startsWith('!')) {
    body = body.slice(1)
    negations++
  }
  return { negated: negations % 2 === 1, body: body.trim() }
}

/** The non-empty, non-comment lines of the input, as @actions/glob reads them. */
export function patternLines(lines: readonly string[]): string[] {
  return lines.map(line => line.trim()).filter(line => line !== '' && !line.startsWith('#'))
}

/**
 * Why a pattern would select files outside the workspace, or undefined when it stays inside. `..` is refused
 * anywhere (even `a/../b`, which stays inside: one rule is easier to trust than path arithmetic), and so are
 * `~` (@actions/glob expands it to the home folder) and absolute paths outside the workspace.
 */
export function patternProblem(
  pattern: string,
  workspace: string,
  windows = process.platform === 'win32'
): string | undefined {
  const { body } = patternBody(pattern)
  if (body === '') return 'is only a negation mark'
  if (body.startsWith('~')) return "starts with '~' (the home folder, outside the workspace)"
  if (/[\0\r\n]/.test(body)) return 'holds a control character'
  const segments = body.split(windows ? /[\\/]+/ : /\/+/)
  if (segments.includes('..')) return "has a '..' segment (patterns may not leave the workspace)"
  const path = windows ? win32 : posix
  const absolute = windows ? win32.isAbsolute(body) || /^[\\/]/.test(body) : isAbsolute(body)
  if (absolute) {
    if (!isInside(workspace, body.replace(/[*?[].*$/s, '') || path.sep, windows))
      return `is outside the workspace ${workspace}`
  }
  return undefined
}

/** Glob metacharacters in a literal path (the workspace) wrapped in brackets, so they match only themselves. */
export function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]]/g, c => `[${c}]`)
}

/** The pattern as an absolute pattern rooted at the workspace, its `!` kept. */
export function absolutePattern(pattern: string, workspace: string, windows = process.platform === 'win32'): string {
  const { negated, body } = patternBody(pattern)
  const absolute = windows ? win32.isAbsolute(body) || /^[\\/]/.test(body) : isAbsolute(body)
  const root = escapeGlob(workspace.replace(/[\\/]+$/, ''))
  const rooted = absolute ? body : `${root}/${body.replace(/^(\.[\\/])+/, '')}`
  return (negated ? '!' : '') + rooted
}
