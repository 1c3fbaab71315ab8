import { describe, expect, it } from '@jest/globals'
import { parseSpecDocument } from './spec-document.js'

const TEXT = `# a comment
project: osl
vfx-platform:
  - 2025
  - 2026
image-tags: { 2023: "2023.2" }
include:
  - name: asan
    compiler: clang
`
// The same spec with an anchor: outside plain-yaml's subset, so the full yaml package reads it.
const WITH_ANCHOR = TEXT.replace('project: osl', 'project: &p osl')

describe.each([
  ['plain YAML', TEXT],
  ['YAML with an anchor (read by the yaml package)', WITH_ANCHOR]
])('parseSpecDocument, %s', (_title, text) => {
  it('gives the plain value', () => {
    const doc = parseSpecDocument(text)
    expect(doc.value).toMatchObject({ project: 'osl', 'vfx-platform': [2025, 2026] })
    expect(doc.syntaxProblems).toEqual([])
  })
  it.each([
    [['project'], { line: 2, column: 1 }],
    [['vfx-platform', 1], { line: 5, column: 5 }],
    [['image-tags', '2023'], { line: 6, column: 15 }],
    [['include', 0, 'compiler'], { line: 9, column: 5 }],
    [['include', 0, 'nosuch'], { line: 8, column: 5 }],
    [[], { line: 2, column: 1 }]
  ])('locates %j', (path, position) => {
    expect(parseSpecDocument(text).locate(path)).toEqual(position)
  })
})

describe('parseSpecDocument, invalid YAML', () => {
  it('reports YAML syntax errors with their position', () => {
    const broken = parseSpecDocument('vfx-platform: [2025\nos: linux\n')
    expect(broken.value).toBeUndefined()
    expect(broken.syntaxProblems[0]!.position.line).toBeGreaterThanOrEqual(1)
  })
  it('rejects duplicate keys', () => {
    const duplicate = parseSpecDocument('os: linux\nos: macos\n')
    expect(duplicate.syntaxProblems).toHaveLength(1)
    expect(duplicate.syntaxProblems[0]!.message).toMatch(/unique/)
  })
})
