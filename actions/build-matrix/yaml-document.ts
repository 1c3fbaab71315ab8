/**
 * The full YAML parser (the `yaml` package's Document API, whose node tree remembers where each value came from),
 * for the specs plain-yaml.ts leaves to it: anchors, block scalars, syntax errors and the rest of YAML.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { SpecPath } from './problems.js'
import type { Position, SpecDocument } from './spec-document.js'

export function parseWithYaml(text: string): SpecDocument {
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
