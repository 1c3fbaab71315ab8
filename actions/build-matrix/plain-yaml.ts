/**
 * A small YAML reader for the plain YAML that matrix specs are written in: block mappings and sequences, flow
 * `[...]` and `{...}` (also over several lines), plain, 'single' and "double" quoted scalars, comments, resolved
 * with the YAML 1.2 core schema exactly as the `yaml` package does. It remembers where every key and value is.
 *
 * Anything else (anchors, aliases, tags, block scalars, multi-line plain or quoted scalars, documents markers,
 * directives, tabs, duplicate keys, odd keys, and every syntax error) makes it return `undefined`: the caller then
 * parses with the full `yaml` package, which also gives the proper error messages. So this never decides what a
 * document means when it is not sure; it only spares the common case from loading the full parser.
 *
 * Why: loading and running the `yaml` package costs ~25 ms of build-matrix's start-up, a third of its budget;
 * this costs well under 1 ms. plain-yaml.test.ts checks values and positions against `yaml` on a large corpus.
 */

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
}

/** A parsed value with its position; collections keep their children's positions (and, for maps, the keys'). */
export interface PlainNode {
  value: unknown
  position: Position
  entries?: PlainEntries
  items?: PlainNode[]
}

/** A mapping's entries by key, each with where its key is. */
type PlainEntries = Map<string, { keyPosition: Position; node: PlainNode }>

/** The document's root node, or undefined when the text is outside the plain subset (or not valid YAML). */
export function parsePlainYaml(text: string): PlainNode | undefined {
  try {
    return new PlainYamlParser(text).document()
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined
    throw error
  }
}

/** The position of the value at `path`: a map entry at its key, a list item at its start, else the nearest ancestor. */
export function locatePlain(root: PlainNode, path: readonly (string | number)[]): Position {
  let node = root
  let position = root.position
  for (const part of path) {
    if (node.entries) {
      const entry = node.entries.get(String(part))
      if (!entry) break
      position = entry.keyPosition
      node = entry.node
    } else if (node.items && typeof part === 'number' && node.items[part]) {
      node = node.items[part]
      position = node.position
    } else break
  }
  return position
}

class OutsideSubset extends Error {}
function outside(): never {
  throw new OutsideSubset()
}

/** A content line (neither blank nor only a comment): its indentation, text after it, and where the text starts. */
interface Line {
  indent: number
  text: string
  offset: number
  number: number
}

const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]|^[-?:][^\s,[\]{}]/
/** A plain scalar inside `[...]` or `{...}`: no flow indicators, no colon (left to the full parser), `#` only inside a word. */
const FLOW_PLAIN = /(?:[^\s,[\]{}#&*!|>'"%@`:?-]|[-?][^\s,[\]{}:#])(?:[^,[\]{}:\n\r#]|(?<=\S)#)*/y
/** A plain key inside `{...}`, up to the `:` (and spaces) that end it. */
const FLOW_KEY = /[^\s,[\]{}#&*!|>'"%@`:?-][^,[\]{}:\n\r#]*?(?=\s*:\s)/y
/** What may follow a value on its line: nothing, or a comment after white space. */
const ONLY_A_COMMENT = /^(\s*|\s+#[^\n]*)$/
const DOUBLE_QUOTE_ESCAPES: Record<string, string> = {
  '0': '\0',
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  '"': '"',
  '/': '/',
  '\\': '\\'
}

class PlainYamlParser {
  private readonly lines: Line[] = []
  private readonly lineStarts: number[] = []
  private index = 0

  constructor(private readonly text: string) {
    // Tabs, control characters and a byte-order mark all have rules of their own: leave them to the full parser.
    if (/[^\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]|\r(?!\n)/u.test(text)) outside()
    let offset = 0
    text.split('\n').forEach((raw, number) => {
      this.lineStarts.push(offset)
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      const indent = line.length - line.trimStart().length
      const content = line.slice(indent)
      if (/^(---|\.\.\.)(\s|$)|^%/.test(line)) outside()
      if (content !== '' && !content.startsWith('#')) {
        this.lines.push({ indent, text: content.trimEnd(), offset: offset + indent, number })
      }
      offset += raw.length + 1
    })
  }

  document(): PlainNode {
    const first = this.lines[0] ?? outside()
    const root = this.blockNode(first.indent)
    if (this.index < this.lines.length) outside()
    return root
  }

  private position(offset: number): Position {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 }
  }

  private current(): Line | undefined {
    return this.lines[this.index]
  }

  /** The block node whose first line is the current one, indented by exactly `indent`. */
  private blockNode(indent: number): PlainNode {
    const line = this.current()!
    if (/^-(\s|$)/.test(line.text)) return this.blockSequence(indent)
    if (this.keyEnd(line.text) !== undefined) return this.blockMapping(indent)
    const node = this.inlineValue(line, 0, indent)
    if ((this.current()?.indent ?? -1) > indent) outside()
    return node
  }

  private blockSequence(indent: number): PlainNode {
    const position = this.position(this.current()!.offset)
    const items: PlainNode[] = []
    for (let line = this.current(); line?.indent === indent && /^-(\s|$)/.test(line.text); line = this.current()) {
      const rest = line.text.slice(1)
      const gap = rest.length - rest.trimStart().length
      if (rest.trim() === '' || rest.trimStart().startsWith('#')) {
        this.index++
        const next = this.current()
        if (!next || next.indent <= indent) outside() // an empty item: null, rare in a spec
        items.push(this.blockNode(next.indent))
      } else {
        // `- key: value` or `- - x`: the item is a block node that starts after the dash, on this same line.
        const itemIndent = indent + 1 + gap
        this.lines[this.index] = { ...line, indent: itemIndent, text: rest.slice(gap), offset: line.offset + 1 + gap }
        items.push(this.blockNode(itemIndent))
      }
    }
    if ((this.current()?.indent ?? -1) > indent) outside()
    return { value: items.map(item => item.value), position, items }
  }

  private blockMapping(indent: number): PlainNode {
    const position = this.position(this.current()!.offset)
    const value: Record<string, unknown> = {}
    const entries: PlainEntries = new Map()
    for (let line = this.current(); line?.indent === indent; line = this.current()) {
      const keyEnd = this.keyEnd(line.text) ?? outside()
      const key = this.mapKey(line.text.slice(0, keyEnd).trimEnd())
      if (entries.has(key)) outside()
      const keyPosition = this.position(line.offset)
      const valueStart = line.text.length - line.text.slice(keyEnd + 1).trimStart().length
      let node: PlainNode
      if (valueStart >= line.text.length || line.text[valueStart] === '#') {
        this.index++
        const next = this.current()
        if (next && next.indent > indent) node = this.blockNode(next.indent)
        else if (next && next.indent === indent && /^-(\s|$)/.test(next.text)) node = this.blockSequence(indent)
        else node = { value: null, position: this.position(line.offset + keyEnd + 1) }
      } else {
        node = this.inlineValue(line, valueStart, indent)
        if ((this.current()?.indent ?? -1) > indent) outside() // a plain scalar going on over the next lines
      }
      entries.set(key, { keyPosition, node })
      value[key] = node.value
    }
    return { value, position, entries }
  }

  /** Where a block mapping key ends (the index of its `:`), or undefined when the line is not `key: ...`. */
  private keyEnd(text: string): number | undefined {
    if (text[0] === '"' || text[0] === "'") {
      const colon = text.length - text.slice(this.quoted(text, 0).end).trimStart().length
      return text[colon] === ':' && /^(\s|$)/.test(text.slice(colon + 1)) ? colon : undefined
    }
    if (!PLAIN_START.test(text)) return undefined
    const match = /:(\s|$)/.exec(text)
    if (!match || text.slice(0, match.index).includes(' #')) return undefined
    return match.index
  }

  /** A key as the `yaml` package would name it in a plain object; odd keys (null, floats, 0x10) are left to it. */
  private mapKey(text: string): string {
    const quoted = text[0] === '"' || text[0] === "'"
    const key = quoted ? this.quoted(text, 0).value : text
    const value = quoted ? key : resolvePlain(text)
    const plainKey = typeof value === 'string' || (typeof value === 'number' && String(value) === text)
    return plainKey && key !== '__proto__' && key !== '<<' ? key : outside()
  }

  /** A scalar or flow collection starting at `column` of `line`; moves past the line(s) it takes. */
  private inlineValue(line: Line, column: number, indent: number): PlainNode {
    const start = line.offset + column
    const first = line.text[column]!
    if (first === '[' || first === '{') {
      const { node, end } = this.flow(start, indent)
      this.finishLineAt(end)
      return node
    }
    if (first === '"' || first === "'") {
      const { value, end } = this.quoted(line.text, column)
      if (!ONLY_A_COMMENT.test(line.text.slice(end))) outside()
      this.index++
      return { value, position: this.position(start) }
    }
    const rest = line.text.slice(column)
    if (!PLAIN_START.test(rest)) outside()
    const commentAt = rest.search(/\s#/)
    const text = (commentAt === -1 ? rest : rest.slice(0, commentAt)).trimEnd()
    if (/:(\s|$)/.test(text)) outside() // `a: b: c`
    this.index++
    return { value: resolvePlain(text), position: this.position(start) }
  }

  /** After a flow collection: only a comment may follow on its last line; the next line is the next content line. */
  private finishLineAt(end: number): void {
    const lineNumber = this.position(end).line - 1
    const lineEnd = (this.lineStarts[lineNumber + 1] ?? this.text.length + 1) - 1
    if (!ONLY_A_COMMENT.test(this.text.slice(end, lineEnd))) outside()
    while ((this.current()?.number ?? Infinity) <= lineNumber) this.index++
  }

  /** A flow collection or scalar at `offset` of the whole text; `indent` is the block it sits in. */
  private flow(offset: number, indent: number): { node: PlainNode; end: number } {
    const position = this.position(offset)
    const opener = this.text[offset]
    if (opener === '[' || opener === '{') {
      const closer = opener === '[' ? ']' : '}'
      const items: PlainNode[] = []
      const entries: PlainEntries = new Map()
      const value: Record<string, unknown> = {}
      let at = this.skipFlowSpace(offset + 1, indent)
      while (this.text[at] !== closer) {
        if (opener === '[') {
          const item = this.flow(at, indent)
          items.push(item.node)
          at = item.end
        } else {
          const keyPosition = this.position(at)
          const { key, end: keyEnd } = this.flowKey(at)
          if (entries.has(key)) outside()
          const item = this.flow(this.skipFlowSpace(keyEnd, indent), indent)
          entries.set(key, { keyPosition, node: item.node })
          value[key] = item.node.value
          at = item.end
        }
        at = this.skipFlowSpace(at, indent)
        if (this.text[at] === ',') at = this.skipFlowSpace(at + 1, indent)
        else if (this.text[at] !== closer) outside()
      }
      const node: PlainNode =
        opener === '[' ? { value: items.map(item => item.value), position, items } : { value, position, entries }
      return { node, end: at + 1 }
    }
    if (opener === '"' || opener === "'") {
      const { value, end } = this.quotedAt(offset)
      return { node: { value, position }, end }
    }
    FLOW_PLAIN.lastIndex = offset
    const match = FLOW_PLAIN.exec(this.text)
    if (!match) return outside()
    const text = match[0].trimEnd()
    return { node: { value: resolvePlain(text), position }, end: offset + text.length }
  }

  /** A flow mapping key and the offset just after its `:`. */
  private flowKey(offset: number): { key: string; end: number } {
    const char = this.text[offset]
    let key: string
    let end: number
    if (char === '"' || char === "'") {
      ;({ value: key, end } = this.quotedAt(offset))
    } else {
      FLOW_KEY.lastIndex = offset
      const match = FLOW_KEY.exec(this.text) ?? outside()
      key = this.mapKey(match[0].trimEnd())
      end = offset + match[0].length
    }
    if (key === '__proto__' || key === '<<') outside()
    while (this.text[end] === ' ') end++
    if (this.text[end] !== ':') outside()
    return { key, end: end + 1 }
  }

  /** A quoted scalar at `offset` of the whole text (closing on its line): its value and the offset after it. */
  private quotedAt(offset: number): { value: string; end: number } {
    const line = this.position(offset).line
    const lineStart = this.lineStarts[line - 1]!
    const lineText = this.text.slice(lineStart, this.lineStarts[line] ?? this.text.length)
    const { value, end } = this.quoted(lineText, offset - lineStart)
    return { value, end: lineStart + end }
  }

  /** Skips spaces, line breaks and comments inside a flow collection; its continuation lines must stay indented. */
  private skipFlowSpace(offset: number, indent: number): number {
    let at = offset
    for (;;) {
      const char = this.text[at]
      if (char === ' ') at++
      else if (char === '#' && /\s/.test(this.text[at - 1] ?? '')) {
        while (at < this.text.length && this.text[at] !== '\n') at++
      } else if (char === '\n' || char === '\r') {
        at++
        let spaces = 0
        while (this.text[at + spaces] === ' ') spaces++
        const next = this.text[at + spaces]
        if (next !== '\n' && next !== '\r' && next !== '#' && spaces <= indent) outside()
      } else if (char === undefined) return outside()
      else return at
    }
  }

  /** A quoted scalar that closes on the same line: its value and the index just after the closing quote. */
  private quoted(text: string, start: number): { value: string; end: number } {
    const quote = text[start]
    let value = ''
    for (let at = start + 1; at < text.length; at++) {
      const char = text[at]!
      if (char === '\n' || char === '\r') break
      if (quote === "'") {
        if (char !== "'") value += char
        else if (text[at + 1] === "'") {
          value += "'"
          at++
        } else return { value, end: at + 1 }
      } else if (char === '"') return { value, end: at + 1 }
      else if (char !== '\\') value += char
      else {
        const escape = text[at + 1] ?? ''
        const hex = escape === 'u' ? 4 : escape === 'x' ? 2 : 0
        if (hex) {
          const digits = text.slice(at + 2, at + 2 + hex)
          if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) outside()
          value += String.fromCharCode(parseInt(digits, 16))
          at += 1 + hex
        } else {
          value += DOUBLE_QUOTE_ESCAPES[escape] ?? outside()
          at++
        }
      }
    }
    return outside()
  }
}

/** A plain scalar under the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8)
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10)
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16)
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.endsWith('an') || text.endsWith('aN') || text.endsWith('AN')
      ? NaN
      : text.startsWith('-')
        ? -Infinity
        : Infinity
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text)
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text)
  return text
}
