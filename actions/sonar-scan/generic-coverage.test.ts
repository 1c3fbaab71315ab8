import { describe, expect, it } from '@jest/globals'
import {
  addLine,
  coverageTotals,
  relativeCoverage,
  relativeToBase,
  renderGenericCoverage,
  type CoverageMap
} from './generic-coverage.js'

describe('relativeToBase', () => {
  const inBase = new Set(['src/io/reader.cpp', 'main.cpp'])
  it.each([
    ['/work/p/src/a.cpp', '/work/p', 'src/a.cpp'],
    ['/work/p/src/a.cpp', '/work/p/', 'src/a.cpp'],
    ['src/a.cpp', '/work/p', 'src/a.cpp'],
    ['../other/a.cpp', '/work/p', undefined],
    ['/usr/include/c++/12/vector', '/work/p', undefined],
    ['/work/project/a.cpp', '/work/p', undefined],
    ['C:\\a\\p\\src\\x.cpp', 'c:/a/p', 'src/x.cpp'],
    // Built in a container (/__w/...), analysed on the host: the trailing path that exists in the project is used.
    ['/__w/oiio/oiio/src/io/reader.cpp', '/home/runner/work/oiio/oiio', 'src/io/reader.cpp'],
    // ...but never a lone file name, which could be any file of that name.
    ['/__w/oiio/oiio/main.cpp', '/home/runner/work/oiio/oiio', undefined]
  ])('%s in %s -> %s', (source, base, expected) => {
    expect(relativeToBase(source, base, rel => inBase.has(rel))).toBe(expected)
  })
})

describe('coverage maps', () => {
  it('sums hits of a line seen twice and keeps the wider branch view', () => {
    const map: CoverageMap = new Map()
    addLine(map, '/p/a.h', 3, 0, 2, 0)
    addLine(map, '/p/a.h', 3, 4, 2, 1)
    addLine(map, '/p/a.h', 3, 1, 2, 2)
    expect(map.get('/p/a.h')?.get(3)).toEqual({ hits: 5, branches: 2, coveredBranches: 2 })
  })

  it('merges files that become the same relative path, sorts them and leaves out the outside', () => {
    const map: CoverageMap = new Map()
    addLine(map, '/p/src/b.cpp', 1, 1)
    addLine(map, 'src/b.cpp', 2, 0)
    addLine(map, '/p/a.cpp', 1, 0)
    addLine(map, '/usr/include/stdio.h', 10, 3)
    const r = relativeCoverage(map, '/p')
    expect(r.files.map(f => f.path)).toEqual(['a.cpp', 'src/b.cpp'])
    expect([...(r.files[1]?.lines.keys() ?? [])]).toEqual([1, 2])
    expect(r.outside).toEqual(['/usr/include/stdio.h'])
    expect(coverageTotals(r.files)).toEqual({ files: 2, lines: 3, coveredLines: 1, branches: 0, coveredBranches: 0 })
  })
})

describe('renderGenericCoverage', () => {
  it('writes Sonar generic coverage XML, lines in order, branches only where known, paths escaped', () => {
    const xml = renderGenericCoverage([
      {
        path: 'src/a&b.cpp',
        lines: new Map([
          [9, { hits: 0, branches: 0, coveredBranches: 0 }],
          [2, { hits: 3, branches: 4, coveredBranches: 3 }]
        ])
      }
    ])
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<coverage version="1">',
        '  <file path="src/a&amp;b.cpp">',
        '    <lineToCover lineNumber="2" covered="true" branchesToCover="4" coveredBranches="3"/>',
        '    <lineToCover lineNumber="9" covered="false"/>',
        '  </file>',
        '</coverage>',
        ''
      ].join('\n')
    )
  })
})
