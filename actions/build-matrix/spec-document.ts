/**
 * Parses the YAML spec keeping positions, so a problem found later (by the schema or against the platform table)
 * can be reported at its line and column. Why the `yaml` package's Document API and not a plain parse: only the
 * node tree remembers where each value came from.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { SpecPath } from './problems.js'

export interface Position {
  line: number
  column: number
}

export interface SpecDocument {
  /** The spec as plain data (undefined when the YAML could not be parsed). */
  value: unknown
  /** YAML syntax problems, already positioned. */
  syntaxProblems: { message: string; position: Position }[]
  /** The position of the value at `path`, or of its nearest ancestor present in the document. */
  locate(path: SpecPath): Position
}

export function parseSpecDocument(text: string): SpecDocument {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const syntaxProblems = doc.errors.map(error => ({
    message: error.message.split('\n')[0]!,
    position: at(error.pos[0])
  }))
  return {
    value: syntaxProblems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined,
    syntaxProblems,
    locate: path => at(offsetOf(doc.contents as Node | null, path))
  }
}

/** Walks the node tree by keys (compared as text, so `2023:` matches '2023') and indexes. */
function offsetOf(root: Node | null, path: SpecPath): number {
  let node: unknown = root
  let offset = root?.range?.[0] ?? 0
  for (const part of path) {
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
