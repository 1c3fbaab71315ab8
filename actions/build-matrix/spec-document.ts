/**
 * Parses the YAML spec keeping positions, so a problem found later (by the schema or against the platform table)
 * can be reported at its line and column. Plain specs, nearly all of them, are read by plain-yaml.ts; anything
 * else loads the full `yaml` package (yaml-document.ts), which a spec with no surprises never pays for.
 */
import { locatePlain, parsePlainYaml, type Position } from './plain-yaml.js'
import type { SpecPath } from './problems.js'

export type { Position }

export interface SpecDocument {
  /** The spec as plain data (undefined when the YAML could not be parsed). */
  value: unknown
  /** YAML syntax problems, already positioned. */
  syntaxProblems: { message: string; position: Position }[]
  /** The position of the value at `path`, or of its nearest ancestor present in the document. */
  locate(path: SpecPath): Position
}

export async function parseSpecDocument(text: string): Promise<SpecDocument> {
  const plain = parsePlainYaml(text)
  if (plain) return { value: plain.value, syntaxProblems: [], locate: path => locatePlain(plain, path) }
  const { parseWithYaml } = await import('./yaml-document.js')
  return parseWithYaml(text)
}
