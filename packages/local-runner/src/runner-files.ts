/**
 * The files an action appends to (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH), parsed the way the
 * runner parses them: `name=value` lines and the heredoc form `name<<DELIMITER` … `DELIMITER` for multi-line values.
 */
export function parseKeyValueFile(content: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    const equals = line.indexOf('=')
    if (heredoc && (equals === -1 || equals > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const body: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++] ?? '')
      if (i >= lines.length) throw new Error(`Unterminated heredoc for '${name}' (delimiter ${delimiter})`)
      values[name] = body.join('\n')
    } else if (equals > 0) {
      values[line.slice(0, equals)] = line.slice(equals + 1)
    } else {
      throw new Error(`Invalid line in runner file: ${line}`)
    }
  }
  return values
}

export function parsePathFile(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(Boolean)
}
