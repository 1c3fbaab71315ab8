/**
 * Parses the YAML spec with the `yaml` package (all of YAML 1.2: anchors, aliases, merge keys, block scalars),
 * keeping positions (its LineCounter), so a problem found later (by the schema or against the platform table) can
 * be reported at its line and column. Bounded: text size, nesting depth and alias expansion each end in one clear
 * problem at the place that exceeds them, never a crash.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { SpecPath } from './problems.js'

export interface Position {
  line: number
  column: number
}

export interface SpecDocument {
  /** The spec as plain data (undefined when the YAML could not be read). */
  value: unknown
  /** YAML problems (syntax, limits), already positioned. */
  syntaxProblems: { message: string; position: Position }[]
  /** The position of the value at `path`, or of its nearest ancestor present in the document. */
  locate(path: SpecPath): Position
}

/** A matrix spec is a few kilobytes; a megabyte is no spec. */
export const MAX_SPEC_BYTES = 1024 * 1024
/** Deeper than any spec needs (a spec is 4 levels deep), far below what could exhaust the stack. */
export const MAX_DEPTH = 32
/** Aliases resolved while converting: enough for any spec, far too few for a billion-laughs expansion. */
export const MAX_ALIASES = 200
/** Values in the converted spec: an alias of an alias … can multiply a small text; this bounds what it becomes. */
export const MAX_VALUES = 100_000

export function parseSpecDocument(text: string): SpecDocument {
  const start: Position = { line: 1, column: 1 }
  const fail = (message: string, position = start): SpecDocument => ({
    value: undefined,
    syntaxProblems: [{ message, position }],
    locate: () => position
  })
  if (Buffer.byteLength(text, 'utf8') > MAX_SPEC_BYTES)
    return fail(`the spec is larger than ${MAX_SPEC_BYTES} bytes (accepted: a YAML spec of at most 1 MiB)`)
  const flowDepth = deepestFlow(text)
  if (flowDepth.depth > MAX_DEPTH)
    return fail(`the spec nests deeper than ${MAX_DEPTH} levels (accepted: at most ${MAX_DEPTH})`, flowDepth.at)

  const lineCounter = new LineCounter()
  let doc: ReturnType<typeof parseDocument>
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return fail(`the spec nests too deeply to read (accepted: at most ${MAX_DEPTH} levels)`)
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  // The yaml package turns a stack overflow of its composer into a document error: say what the limit is.
  const overflow = doc.errors.find(error => /call stack/i.test(error.message))
  if (overflow)
    return fail(`the spec nests too deeply to read (accepted: at most ${MAX_DEPTH} levels)`, at(overflow.pos[0]))
  const syntaxProblems = doc.errors.map(error => ({
    message: error.message.split('\n')[0]!,
    position: at(error.pos[0])
  }))
  const locate = (path: SpecPath) => at(offsetOf(doc.contents as Node | null, path))
  if (syntaxProblems.length > 0) return { value: undefined, syntaxProblems, locate }

  const deep = deepestNode(doc.contents as Node | null)
  if (deep) return fail(`the spec nests deeper than ${MAX_DEPTH} levels (accepted: at most ${MAX_DEPTH})`, at(deep))
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (error) {
    // The yaml package refuses an alias expanding to too many nodes (a "billion laughs") with a ReferenceError.
    return fail(
      `${(error as Error).message.split('\n')[0]} (accepted: anchors and aliases that expand to a spec-sized document)`
    )
  }
  if (countValues(value) > MAX_VALUES)
    return fail(
      `the spec expands to more than ${MAX_VALUES} values through its aliases (accepted: a spec-sized document)`
    )
  return { value, syntaxProblems: [], locate }
}

/** The deepest nesting of flow collections ([ and {), outside quotes and comments: checked before parsing. */
function deepestFlow(text: string): { depth: number; at: Position } {
  let depth = 0
  let line = 1
  let column = 0
  let quote = ''
  let comment = false
  let previous = '\n'
  for (const char of text) {
    column++
    if (char === '\n') {
      line++
      column = 0
      comment = false
    } else if (comment) {
      // skip
    } else if (quote) {
      if (char === quote) quote = ''
    } else if (char === '#' && /\s/.test(previous)) {
      comment = true
    } else if ((char === '"' || char === "'") && /[\s[{,:]/.test(previous)) {
      quote = char
    } else if (char === '[' || char === '{') {
      if (++depth > MAX_DEPTH) return { depth, at: { line, column } }
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1)
    }
    previous = char
  }
  return { depth, at: { line, column } }
}

/** The offset of the first node deeper than MAX_DEPTH (block indentation included), walked without recursion. */
function deepestNode(root: Node | null): number | undefined {
  const stack: [unknown, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (!isMap(node) && !isSeq(node)) continue
    if (depth > MAX_DEPTH) return node.range?.[0] ?? 0
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1])
      else stack.push([item, depth + 1])
    }
  }
  return undefined
}

function countValues(root: unknown): number {
  let count = 0
  const stack = [root]
  while (stack.length > 0 && count <= MAX_VALUES) {
    const value = stack.pop()
    count++
    if (value && typeof value === 'object') stack.push(...Object.values(value as object))
  }
  return count
}

/** Walks the node tree by keys (compared as text, so `2023:` matches '2023') and indexes. */
function offsetOf(root: Node | null, path: SpecPath): number {
  let node: unknown = root
  let offset = root?.range?.[0] ?? 0
  for (const part of path) {
    if (isAlias(node)) break
    let next: unknown
    if (isMap(node)) {
      const pair = node.items.find(item => isPair(item) && keyText(item.key) === String(part))
      if (!pair) break
      next = pair.value ?? pair.key
      // A problem about a key (e.g. an unknown one) is best shown at the key itself.
      const keyRange = (pair.key as Node | null)?.range
      if (keyRange) offset = keyRange[0]
    } else if (isSeq(node) && typeof part === 'number') {
      next = node.items[part]
    }
    const range = (next as Node | undefined)?.range
    if (!next || !range) break
    if (!isMap(node)) offset = range[0]
    node = next
  }
  return offset
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key)
}
