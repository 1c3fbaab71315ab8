/**
 * Glob patterns as the `files` input accepts them: `*` and `?` within one path segment, `**` across segments,
 * `[...]` character classes, and a leading `!` to exclude. Pure: turns patterns into regular expressions and the
 * folder a walk must start from, so only the matching part of the workspace is read.
 */

export interface GlobPattern {
  /** The pattern as written, for messages. */
  source: string
  negated: boolean
  regex: RegExp
  /** The leading path segments without wildcards: the walk starts there. */
  base: string
  /** How many folder levels below `base` can match (Infinity with `**`): the walk goes no deeper. */
  depth: number
}

const SPECIAL = /[*?[]/

/**
 * Normalises separators and a leading `./` so patterns and walked paths compare as plain strings. A backslash
 * is a separator only on Windows; elsewhere it is an ordinary character of a file name.
 */
export function normalisePath(path: string, windows = process.platform === 'win32'): string {
  return (windows ? path.replace(/\\/g, '/') : path).replace(/^(\.\/)+/, '').replace(/\/+/g, '/')
}

/**
 * A pattern relative to `root` (the workspace) or absolute. Both the regex and the base are absolute and
 * `/`-separated; the root is matched literally, so wildcard characters in the workspace path do no harm.
 */
export function parseGlob(source: string, root: string, windows = process.platform === 'win32'): GlobPattern {
  const negated = source.startsWith('!')
  const pattern = normalisePath(negated ? source.slice(1).trim() : source, windows)
  const absolute = /^(\/|[A-Za-z]:\/)/.test(pattern)
  const prefix = absolute ? '' : normalisePath(root, windows).replace(/\/$/, '') + '/'
  const segments = pattern.split('/')
  const baseSegments: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (SPECIAL.test(segment)) break
    baseSegments.push(segment)
  }
  const body = globToRegExp(pattern).source.slice(1, -1)
  return {
    source,
    negated,
    regex: new RegExp(`^${escapeRegExp(prefix)}${body}$`),
    base: (prefix + baseSegments.join('/')).replace(/\/$/, '') || '/',
    depth: pattern.includes('**') ? Infinity : segments.length - baseSegments.length - 1
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function globToRegExp(pattern: string): RegExp {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/'
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/'
        if (atStart && atEnd) {
          // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
          if (i + 2 === pattern.length) out += '.*'
          else out += '(?:[^/]+/)*'
          i += 2
          continue
        }
      }
      out += '[^/]*'
    } else if (c === '?') {
      out += '[^/]'
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close === -1) {
        out += '\\['
        continue
      }
      let body = pattern.slice(i + 1, close)
      if (body.startsWith('!')) body = '^' + body.slice(1)
      out += `[${body.replace(/\\/g, '\\\\')}]`
      i = close
    } else {
      out += c.replace(/[.+^${}()|\\\]]/g, '\\$&')
    }
  }
  return new RegExp(`^${out}$`)
}

/** Files (relative, `/`-separated) that the patterns select: included by one and excluded by no later `!`. */
export function selectFiles(files: readonly string[], patterns: readonly GlobPattern[]): string[] {
  return files.filter(file => {
    let selected = false
    for (const pattern of patterns) {
      if (pattern.regex.test(file)) selected = !pattern.negated
    }
    return selected
  })
}
