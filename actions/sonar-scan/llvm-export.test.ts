import { describe, expect, it } from '@jest/globals'
import type { CoverageMap } from './generic-coverage.js'
import { addLlvmExport, isLlvmExport, lineCounts } from './llvm-export.js'

type Seg = [number, number, number, boolean, boolean, boolean?]

describe('lineCounts (llvm-cov LineCoverageStats)', () => {
  it.each<[string, Seg[], [number, number][]]>([
    [
      // int f(int x) {        line 1: region entry, count 5
      //   if (x) {            line 2: wrapped (5); "then" region starts at col 10 with count 2 -> max 5
      //     return 1;         line 3: wrapped by the then-region (2)
      //   }                   line 4: the then-region ends here (not an entry): the wrapped count 2 stands
      //   return 0;           line 5: region entry count 3 -> 3
      // }                     line 6: end of function, no count -> unmapped after
      'a function with an if',
      [
        [1, 14, 5, true, true, false],
        [2, 10, 2, true, true, false],
        [4, 4, 3, true, false, false],
        [5, 3, 3, true, true, false],
        [6, 2, 0, false, false, false]
      ],
      [
        [1, 5],
        [2, 5],
        [3, 2],
        [4, 2],
        [5, 3],
        [6, 3]
      ]
    ],
    [
      'a skipped region (#if 0) is not mapped',
      [
        [1, 1, 1, true, true, false],
        [2, 1, 0, false, true, false],
        [4, 1, 1, true, false, false],
        [5, 1, 0, false, false, false]
      ],
      // line 4 still starts inside the skipped region; line 5 is wrapped by the counted segment that ended it
      [
        [1, 1],
        [5, 1]
      ]
    ],
    [
      'a gap region does not start a line by itself',
      [
        [1, 1, 4, true, true, false],
        [2, 5, 0, true, true, true],
        [3, 1, 0, false, false, false]
      ],
      [
        [1, 4],
        [2, 4],
        [3, 0]
      ]
    ],
    ['no segments', [], []]
  ])('%s', (_name, segments, expected) => {
    expect([...lineCounts(segments)]).toEqual(expected)
  })
})

describe('addLlvmExport', () => {
  it('adds lines and two branches per branch record', () => {
    const document = {
      type: 'llvm.coverage.json.export',
      version: '2.0.1',
      data: [
        {
          files: [
            {
              filename: '/p/a.cpp',
              segments: [
                [1, 1, 3, true, true, false],
                [2, 1, 0, false, false, false]
              ],
              branches: [[1, 5, 1, 9, 3, 0, 0, 0, 4]]
            }
          ]
        }
      ]
    }
    const map: CoverageMap = new Map()
    addLlvmExport(map, document, 't')
    expect(map.get('/p/a.cpp')?.get(1)).toEqual({ hits: 3, branches: 2, coveredBranches: 1 })
  })

  it('rejects other JSON', () => {
    expect(isLlvmExport({ type: 'other' })).toBe(false)
    expect(() => addLlvmExport(new Map(), { files: [] }, 'x.json')).toThrow(/not llvm-cov export JSON/)
  })
})
