/**
 * The small part of the Actions expression language that `post-if` and input defaults use:
 * status functions, `!`, `&&`, `||`, parentheses, `==`/`!=` against string literals, and context lookups
 * (`env.NAME`, `github.token`, `runner.temp`, …). Anything else is rejected rather than guessed.
 */
export interface ExpressionContext {
  status: 'success' | 'failure' | 'cancelled'
  lookup: (path: string) => string | undefined
}

type Token = { kind: 'op' | 'str' | 'id'; text: string }

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  const pattern = /\s*(?:(&&|\|\||==|!=|!|\(|\))|'((?:[^']|'')*)'|([A-Za-z_][\w.-]*(?:\(\))?))/y
  let index = 0
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break
    pattern.lastIndex = index
    const match = pattern.exec(source)
    if (!match) throw new Error(`Unsupported expression near '${source.slice(index)}'`)
    index = pattern.lastIndex
    if (match[1]) tokens.push({ kind: 'op', text: match[1] })
    else if (match[2] !== undefined) tokens.push({ kind: 'str', text: match[2].replace(/''/g, "'") })
    else tokens.push({ kind: 'id', text: match[3] ?? '' })
  }
  return tokens
}

export function evaluate(source: string, context: ExpressionContext): string | boolean {
  const body = source.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const tokens = tokenize(body)
  let position = 0
  const peek = () => tokens[position]
  const next = () => tokens[position++]

  const truthy = (value: string | boolean | undefined) => value !== undefined && value !== '' && value !== false

  function primary(): string | boolean | undefined {
    const token = next()
    if (!token) throw new Error(`Unexpected end of expression '${source}'`)
    if (token.kind === 'op' && token.text === '!') return !truthy(primary())
    if (token.kind === 'op' && token.text === '(') {
      const value = or()
      if (next()?.text !== ')') throw new Error(`Missing ')' in '${source}'`)
      return value
    }
    if (token.kind === 'str') return token.text
    if (token.kind === 'id') {
      switch (token.text) {
        case 'always()':
          return true
        case 'success()':
          return context.status === 'success'
        case 'failure()':
          return context.status === 'failure'
        case 'cancelled()':
          return context.status === 'cancelled'
        case 'true':
          return true
        case 'false':
          return false
        default:
          if (token.text.endsWith('()')) throw new Error(`Unsupported function ${token.text}`)
          return context.lookup(token.text) ?? ''
      }
    }
    throw new Error(`Unexpected '${token.text}' in '${source}'`)
  }
  function comparison(): string | boolean | undefined {
    const left = primary()
    const op = peek()
    if (op?.kind === 'op' && (op.text === '==' || op.text === '!=')) {
      next()
      const right = primary()
      const equal = String(left).toLowerCase() === String(right).toLowerCase()
      return op.text === '==' ? equal : !equal
    }
    return left
  }
  function and(): string | boolean | undefined {
    let value = comparison()
    while (peek()?.text === '&&') {
      next()
      const right = comparison()
      value = truthy(value) ? right : value
    }
    return value
  }
  function or(): string | boolean | undefined {
    let value = and()
    while (peek()?.text === '||') {
      next()
      const right = and()
      value = truthy(value) ? value : right
    }
    return value
  }
  const result = or()
  if (position < tokens.length) throw new Error(`Unexpected '${tokens[position]?.text}' in '${source}'`)
  return result ?? ''
}

export function isTruthy(value: string | boolean): boolean {
  return value !== '' && value !== false
}

/** Replaces every `${{ … }}` inside a default value (e.g. `${{ github.token }}`). */
export function interpolate(value: string, context: ExpressionContext): string {
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, inner: string) => String(evaluate(inner, context)))
}
