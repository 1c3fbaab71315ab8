import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { expandMatrix } from './expand.js'
import { renderSummary, yearByOsGrid } from './summary.js'
import type { MatrixSpec } from './spec-types.js'

const cells = expandMatrix(
  parse(
    'project: osl\nvfx-platform: [2025, 2026]\nos: [linux, windows]\ncompiler: { linux: [gcc, clang19] }\n' +
      'build-type: [Release, Debug]\nexclude: [{ os: windows, vfx-platform: 2025 }]\ngpu: [{ vfx-platform: 2026, os: linux }]'
  ) as MatrixSpec
).cells

describe('summary', () => {
  it('shows a year × OS grid with compilers and counts', () => {
    expect(yearByOsGrid(cells)).toBe(
      [
        '| year | linux | windows |',
        '| --- | --- | --- |',
        '| CY2025 | gcc ×2, clang19 ×2 | – |',
        '| CY2026 | gcc ×2, clang19 ×2 (GPU) | msvc ×2 |',
        ''
      ].join('\n')
    )
  })
  it('lists every cell and says what was left out', () => {
    const text = renderSummary(cells, {
      source: 'ci.yml',
      profile: 'the full matrix',
      axesText: 'x',
      excluded: 2,
      duplicates: 0
    })
    expect(text).toContain('build-matrix: 10 jobs')
    expect(text).toContain('2 excluded')
    expect(text).toContain(
      '| linux-2026-clang19-debug | ubuntu-24.04 | aswf/ci-osl:2026-clang19 | clang19 | 20 | 3.13 | Debug | yes |'
    )
  })
  it('explains an empty matrix', () => {
    expect(renderSummary([], { source: 's', profile: 'p', axesText: 'x', excluded: 0, duplicates: 0 })).toContain(
      'is-empty'
    )
  })
})
