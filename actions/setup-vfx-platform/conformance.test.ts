import { describe, expect, test } from '@jest/globals'
import { resolveYear } from '../../packages/vfx-platform/src/index.js'
import { describeRequirement, judgeConformance, type JudgeInput } from './conformance.js'

const found = (versions: Record<string, string>): JudgeInput['found'] =>
  Object.fromEntries(Object.entries(versions).map(([id, version]) => [id, { version, where: `${id}-file` }]))

const debian12 = found({
  gcc: '12.2.0',
  glibc: '2.36',
  python: '3.11.2',
  openexr: '3.1.5',
  imath: '3.1.6',
  opencolorio: '2.1.2',
  onetbb: '2021.8',
  boost: '1.74.0',
  cmake: '3.25.1'
})
const verdicts = (year: string, input: JudgeInput) =>
  Object.fromEntries(judgeConformance(resolveYear(year), input).rows.map(r => [r.id, r.verdict]))

describe('judgeConformance', () => {
  test('Debian 12 against CY2023 and CY2026: the verdict of every detectable component', () => {
    expect(verdicts('2023', { os: 'Linux', found: debian12, cxxStandard: 17 })).toMatchObject({
      gcc: 'newer',
      glibc: 'newer',
      python: 'newer',
      openexr: 'ok',
      imath: 'ok',
      opencolorio: 'older',
      onetbb: 'newer',
      boost: 'older',
      qt: 'missing',
      fbx: 'not checked',
      'cxx-standard': 'configured',
      'libstdcxx-abi': 'configured',
      'windows-sdk': 'not applicable',
      'macos-deployment-target': 'not applicable',
      cmake: 'not specified'
    })
    expect(verdicts('2026', { os: 'Linux', found: debian12, cxxStandard: 20 })).toMatchObject({
      gcc: 'ok',
      onetbb: 'ok',
      openexr: 'older',
      python: 'older'
    })
  })

  test('conformant when every present component and the toolchain match; a missing library does not count', () => {
    const ok = found({
      gcc: '11.2.1',
      glibc: '2.28',
      python: '3.11.13',
      openexr: '3.3.11',
      imath: '3.1.12',
      onetbb: '2021.13.0'
    })
    const result = judgeConformance(resolveYear('2025'), { os: 'Linux', found: ok, cxxStandard: 17 })
    expect(result.problems).toEqual([])
    expect(result.conformant).toBe(true)
    expect(result.rows.find(r => r.id === 'qt')).toMatchObject({ verdict: 'missing', counts: false })
  })

  test('a missing toolchain part counts; a cxx-standard override that differs counts', () => {
    const result = judgeConformance(resolveYear('2025'), {
      os: 'Linux',
      found: found({ glibc: '2.28' }),
      cxxStandard: 20
    })
    expect(result.conformant).toBe(false)
    expect(result.problems).toEqual([
      'Linux gcc was not found; CY2025 requires ≤ 11.2.1.',
      'C++20 is configured (cxx-standard input); CY2025 requires C++17.',
      'Python was not found; CY2025 requires 3.11.x.'
    ])
  })

  test('Windows: MSVC toolset and SDK are judged, Linux items are not applicable', () => {
    const win = found({ 'windows-toolset': '14.29.30133', 'windows-sdk': '10.0.22621.0', python: '3.11.9' })
    const v = verdicts('2025', { os: 'Windows', found: win, cxxStandard: 17 })
    expect(v).toMatchObject({
      'windows-toolset': 'older',
      'windows-sdk': 'ok',
      gcc: 'not applicable',
      glibc: 'not applicable',
      'libstdcxx-abi': 'not applicable'
    })
  })

  test('a container of another year is a problem listed first', () => {
    const result = judgeConformance(resolveYear('2025'), {
      os: 'Linux',
      found: found({ gcc: '11.2.1', glibc: '2.28', python: '3.11.13' }),
      cxxStandard: 17,
      container: { year: 2024, imageVersion: '2024.7', packages: {}, oldNames: [] }
    })
    expect(result.container).toEqual({ imageVersion: '2024.7', year: 2024, matches: false, oldNames: [] })
    expect(result.problems[0]).toBe('The job runs in an ASWF CY2024 image (2024.7) but CY2025 was requested.')
  })
})

test.each([
  [{ version: '11.2.1', semantics: 'maximum' }, '≤ 11.2.1'],
  [{ version: '12.0', semantics: 'minimum' }, '≥ 12.0'],
  [{ version: '2.7.x', semantics: 'series', floor: '2.7.5', stated: '2.7.5 - 2.7.latest' }, '2.7.x (≥ 2.7.5)'],
  [
    { version: '14.36', semantics: 'minimum', stated: 'Visual Studio 2022 v17.6 or later' },
    '≥ 14.36 (Visual Studio 2022 v17.6 or later)'
  ],
  [{ version: '3.3.x', semantics: 'series' }, '3.3.x']
] as const)('describeRequirement(%p) = %p', (requirement, text) => expect(describeRequirement(requirement)).toBe(text))
