import { describe, expect, test } from '@jest/globals'
import { resolveYear } from './years.js'
import { compareVersions, majorMinor, satisfies, versionParts } from './version.js'
import type { Requirement } from './types.js'

describe('versionParts', () => {
  test.each([
    ['3.1.x', [3, 1]],
    ['3_3_3', [3, 3, 3]],
    ['2020_u2', [2020, 2]],
    ['2017_U6', [2017, 6]],
    ['1.5s', [1, 5]],
    ['14.2.x', [14, 2]],
    ['5.x', [5]],
    ['v10', [10]],
    ['2.1.13.0', [2, 1, 13, 0]],
    ['25.05.01', [25, 5, 1]]
  ])('%p → %p', (version, parts) => expect(versionParts(version)).toEqual(parts))
})

const req = (version: string, semantics: Requirement['semantics'], floor?: string) => ({ version, semantics, floor })

describe('satisfies honours the semantics', () => {
  test.each([
    // series: same release series
    ['3.1.5', req('3.1.x', 'series'), 'ok'],
    ['3.1', req('3.1.x', 'series'), 'ok'],
    ['3.0.9', req('3.1.x', 'series'), 'older'],
    ['3.2.0', req('3.1.x', 'series'), 'newer'],
    ['12.1.1', req('12.x', 'series'), 'ok'],
    ['13.0.0', req('12.x', 'series'), 'newer'],
    ['2.7.18', req('2.7.x', 'series', '2.7.5'), 'ok'],
    ['2.7.3', req('2.7.x', 'series', '2.7.5'), 'older'],
    ['3.0.0', req('2.7.x', 'series', '2.7.5'), 'newer'],
    // exact, to the precision given
    ['1.85.0', req('1.85', 'exact'), 'ok'],
    ['1.74.0', req('1.85', 'exact'), 'older'],
    ['1.86.0', req('1.85', 'exact'), 'newer'],
    ['2.1.28', req('2.1.28', 'exact'), 'ok'],
    ['2.1.29', req('2.1.28', 'exact'), 'newer'],
    // maximum: gcc/glibc/TBB for software built against them
    ['11.2.1', req('11.2.1', 'maximum'), 'ok'],
    ['9.3.1', req('11.2.1', 'maximum'), 'ok'],
    ['12.2.0', req('11.2.1', 'maximum'), 'newer'],
    ['2.36', req('2.28', 'maximum'), 'newer'],
    ['2.17', req('2.28', 'maximum'), 'ok'],
    ['2021.8.0', req('2021.x', 'maximum'), 'ok'],
    ['2022.1.0', req('2021.x', 'maximum'), 'newer'],
    ['2020.3', req('2020.3', 'maximum'), 'ok'],
    ['14.2.1', req('14.2', 'maximum'), 'ok'],
    // minimum: deployment target, SDK, MSVC toolset
    ['14.36.32532', req('14.36', 'minimum'), 'ok'],
    ['14.29.30133', req('14.30', 'minimum'), 'older'],
    ['10.0.22621.0', req('10.0.20348', 'minimum'), 'ok'],
    ['10.0.19041.0', req('10.0.20348', 'minimum'), 'older'],
    ['14.0', req('12.0', 'minimum'), 'ok']
  ] as const)('%p against %p is %p', (found, requirement, verdict) => {
    expect(satisfies(found, requirement)).toBe(verdict)
  })

  test('an unparsable found version is a bug, not a verdict', () => {
    expect(() => satisfies('unknown', req('1.0', 'exact'))).toThrow(/not a version/)
  })

  test('compareVersions and majorMinor', () => {
    expect(compareVersions('3.10.0', '3.9.18')).toBe(1)
    expect(compareVersions('3.1', '3.1.0')).toBe(0)
    expect(majorMinor('3.11.13')).toBe('3.11')
  })
})

/**
 * vfx-platform-facts.md §3: for 2019 and 2022-2026 every component the platform pins and aswf-docker ships falls
 * inside the platform's value; 2018, 2020 and 2021 have the listed disagreements. A data test and a satisfies test.
 */
describe('CY2020 PySide: "5.12 (with patch) or 5.13", both pass', () => {
  const pyside = resolveYear('2020').components.pyside!
  test.each([
    ['5.12.6', 'ok'],
    ['5.13.2', 'ok'],
    ['5.14.0', 'newer'],
    ['5.11.3', 'older']
  ])('%s is %s', (found, verdict) => expect(satisfies(found, pyside)).toBe(verdict))
})

describe('CY2021 OpenEXR: the 2021-03-22 revert to 2.4.x, both sources named', () => {
  const openexr = resolveYear('2021').components.openexr!
  test('2.4.x, citing the status update and the year file', () => {
    expect(openexr.version).toBe('2.4.x')
    expect(openexr.source).toMatch(
      /status_updates\.yml 2021-03-22 \(OpenEXR 3\.0\.x reverted to 2\.4\.x\) over _data\/platforms\/CY2021\.yml/
    )
  })
})

describe('the ASWF images against the platform, as the facts say', () => {
  const CHECKED = [
    'gcc',
    'glibc',
    'python',
    'qt',
    'pyside',
    'numpy',
    'imath',
    'openexr',
    'ptex',
    'opensubdiv',
    'openvdb',
    'alembic',
    'opencolorio',
    'boost',
    'onetbb',
    'cxx-standard'
  ]
  const DISAGREE: Record<number, Record<string, string>> = {
    2018: { numpy: 'newer' },
    2020: { numpy: 'older', 'cxx-standard': 'newer' },
    2021: { openexr: 'newer', imath: 'older' }
  }
  test.each([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])('CY%i', year => {
    const platform = resolveYear(String(year))
    const verdicts: Record<string, string> = {}
    for (const id of CHECKED) {
      const requirement = platform.components[id]
      const shipped = platform.aswf.versions[id]
      if (!requirement || !shipped) continue
      const verdict = satisfies(shipped, requirement)
      if (verdict !== 'ok') verdicts[id] = verdict
    }
    expect(verdicts).toEqual(DISAGREE[year] ?? {})
  })
})
