import { describe, expect, it } from '@jest/globals'
import { addGcovText, parseGcovDocuments } from './gcov-json.js'
import type { CoverageMap } from './generic-coverage.js'

const doc = (cwd: string, file: string, lines: unknown[]) =>
  JSON.stringify({
    format_version: '1',
    gcc_version: '12.2.0',
    current_working_directory: cwd,
    data_file: 'x.gcda',
    files: [{ file, functions: [], lines }]
  })

describe('gcov JSON', () => {
  it('reads one document per line (--stdout) and resolves sources against the working directory', () => {
    const text = [
      doc('/b', 'src/a.cpp', [{ line_number: 4, count: 2, unexecuted_block: false, branches: [] }]),
      doc('/b', '/abs/h.h', [
        {
          line_number: 9,
          count: 1,
          branches: [
            { count: 1, fallthrough: true, throw: false },
            { count: 0, fallthrough: false, throw: false },
            { count: 0, fallthrough: false, throw: true }
          ]
        }
      ])
    ].join('\n')
    const map: CoverageMap = new Map()
    addGcovText(map, text, 'test')
    expect(map.get('/b/src/a.cpp')?.get(4)).toEqual({ hits: 2, branches: 0, coveredBranches: 0 })
    // The exception branch is left out.
    expect(map.get('/abs/h.h')?.get(9)).toEqual({ hits: 1, branches: 2, coveredBranches: 1 })
  })

  it('reads a single pretty-printed document', () => {
    expect(parseGcovDocuments(JSON.stringify({ files: [] }, null, 2), 't')).toEqual([{ files: [] }])
    expect(parseGcovDocuments('  \n', 't')).toEqual([])
  })

  it.each([
    ['not json\n{}', /line 1 is not gcov JSON/],
    ['{"gcc_version":"12"}', /no "files" array/]
  ])('rejects %s', (text, message) => {
    expect(() => addGcovText(new Map(), text, 'report.json')).toThrow(message)
  })
})
