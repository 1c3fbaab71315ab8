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

describe('parseSpecDocument', () => {
  const doc = parseSpecDocument(TEXT)
  it('gives the plain value', () => {
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
    expect(doc.locate(path)).toEqual(position)
  })
  it('reports YAML syntax errors with their position', () => {
    const broken = parseSpecDocument('vfx-platform: [2025\nos: linux\n')
    expect(broken.value).toBeUndefined()
    expect(broken.syntaxProblems[0]!.position.line).toBeGreaterThanOrEqual(1)
  })
  it('rejects duplicate keys', () => {
    expect(parseSpecDocument('os: linux\nos: macos\n').syntaxProblems).toHaveLength(1)
  })
})
