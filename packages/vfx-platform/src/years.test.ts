/**
 * The data against the reference facts (vfx-platform-facts.md §1, vfxplatform.com as of 2026-06-03), every year and
 * every component. The expected table is written out here on purpose, independently of the data files.
 */
import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../toolkit/src/errors.js'
import { allYears, resolveYear, supportedYears } from './years.js'

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]
const _ = null

/** Component → the platform's wording per year 2018..2027, as the site states it (null: not specified). */
const STATED: Record<string, (string | null)[]> = {
  gcc: ['6.3.1', '6.3.1', '6.3.1', '9.3.1', '9.3.1', '11.2.1', '11.2.1', '11.2.1', '14.2', '14.2'],
  glibc: ['2.17', '2.17', '2.17', '2.17', '2.17', '2.28', '2.28', '2.28', '2.28', '2.34'],
  'macos-deployment-target': [_, _, _, '10.13', '10.15', '11.0', '11.0', '12.0', '14.0', '14.0'],
  'windows-toolset': [
    _,
    _,
    _,
    'Visual Studio 2017',
    'Visual Studio 2019 v16.9 or later',
    'Visual Studio 2022',
    'Visual Studio 2022 v17.4 or later',
    'Visual Studio 2022 v17.6 or later',
    'Visual Studio 2022 v17.6 or later',
    'Visual Studio build tools v14.44 or later'
  ],
  'windows-sdk': [
    _,
    _,
    _,
    'v10',
    '10.0.19041 or later',
    '10.0.19041 or later',
    '10.0.20348 or later',
    '10.0.20348 or later',
    '10.0.22621 or later',
    '10.0.22621 or later'
  ],
  python: [
    '2.7.5 - 2.7.latest',
    '2.7.9 - 2.7.latest',
    '3.7.x',
    '3.7.x',
    '3.9.1 - 3.9.latest',
    '3.10.x',
    '3.11.x',
    '3.11.x',
    '3.13.x',
    '3.13.x'
  ],
  qt: [
    '5.6.1 - 5.6.latest (modified)',
    '5.12.x',
    '5.12.x',
    '5.15.x',
    '5.15.x',
    '5.15.x',
    '6.5.x',
    '6.5.x',
    '6.8.x',
    '6.8.x'
  ],
  pyqt: ['5.6', '5.12', '5.12', '5.15', '5.15', '5.15', '6.5.x', '6.5.x', '6.8.x', '6.8.x'],
  pyside: ['2.0.x', '5.12', '5.12 (with patch) or 5.13', '5.15', '5.15', '5.15', '6.5.x', '6.5.x', '6.8.x', '6.8.x'],
  numpy: ['1.12.1', '1.14.x', '1.17.x', '1.19.x', '1.20.x', '1.23.x', '1.24.x', '1.26.x', '2.3.x', '2.4.x'],
  imath: [_, _, _, '3.0.x', '3.1.x', '3.1.x', '3.1.x', '3.1.x', '3.2.x', '3.2.x'],
  openexr: ['2.2.x', '2.3.x', '2.4.x', '2.4.x', '3.1.x', '3.1.x', '3.2.x', '3.3.x', '3.4.x', '3.5.x'],
  ptex: ['2.1.28', '2.1.33', '2.3.2', '2.3.2', '2.4.x', '2.4.x', '2.4.x', '2.4.x', '2.4.x', '2.5.x'],
  opensubdiv: ['3.3.x', '3.3.x', '3.4.x', '3.4.x', '3.4.x', '3.5.x', '3.6.x', '3.6.x', '3.7.x', '3.8.x'],
  openvdb: ['5.x', '6.x', '7.x', '8.x', '9.x', '10.x', '11.x', '12.x', '13.x', '14.x'],
  alembic: ['1.7.x', '1.7.x', '1.7.x', '1.7.x', '1.8.x', '1.8.x', '1.8.x', '1.8.x', '1.8.x', '1.8.x'],
  fbx: ['2018.x', '2019.x', '2020.x', '2020.x', '2020.x', ...Array<string>(5).fill('2020.2 - 2020.latest')],
  opencolorio: ['1.0.9', '1.1.0', '1.1.x', '2.0.x', '2.1.x', '2.2.x', '2.3.x', '2.4.x', '2.5.x', '2.6.x'],
  aces: ['1.0.3 - 1.0.latest', '1.1', '1.1', '1.2', '1.3', '1.3', '1.3', '2.0', '2.0', '2.0'],
  boost: ['1.61', '1.66', '1.70', '1.73', '1.76', '1.80', '1.82', '1.85', '1.88', '1.91'],
  onetbb: [
    '2017 Update 6',
    '2018',
    '2019 Update 6',
    '2020 Update 2',
    '2020 Update 3',
    '2020 Update 3',
    '2020 Update 3',
    '2021.x',
    '2022.x',
    '2023.x'
  ],
  onemkl: ['2017 Update 2', '2018', '2019', '2020', '2020', '2020', '2020', '2024', '2025', '2025'],
  'cxx-standard': ['14', '14', '14', '17', '17', '17', '17', '17', '20', '20']
}

/** What each year's requirement means for a machine (version, semantics, floor). */
const MACHINE: Record<string, (string | null)[]> = {
  python: [
    '2.7.x>=2.7.5',
    '2.7.x>=2.7.9',
    '3.7.x',
    '3.7.x',
    '3.9.x>=3.9.1',
    '3.10.x',
    '3.11.x',
    '3.11.x',
    '3.13.x',
    '3.13.x'
  ],
  onetbb: ['2017.6', '2018', '2019.6', '2020.2', '2020.3', '2020.3', '2020.3', '2021.x', '2022.x', '2023.x'],
  'windows-toolset': [_, _, _, '14.10', '14.28', '14.30', '14.34', '14.36', '14.36', '14.44'],
  'windows-sdk': [_, _, _, '10.0', '10.0.19041', '10.0.19041', '10.0.20348', '10.0.20348', '10.0.22621', '10.0.22621'],
  'libstdcxx-abi': ['0', '0', '0', '0', '0', '1', '1', '1', '1', '1']
}

const SEMANTICS: Record<string, string> = {
  gcc: 'maximum',
  glibc: 'maximum',
  onetbb: 'maximum',
  'macos-deployment-target': 'minimum',
  'windows-toolset': 'minimum',
  'windows-sdk': 'minimum'
}

const rows = Object.entries(STATED).flatMap(([id, values]) =>
  YEARS.map((year, i) => [id, year, values[i] ?? null] as const)
)

describe('platform data: every year, every component', () => {
  test('supported years are CY2018..CY2027', () => {
    expect(supportedYears()).toEqual(YEARS)
  })

  test.each(rows)('%s in CY%i is %p', (id, year, stated) => {
    const requirement = resolveYear(String(year)).components[id]
    if (stated === null) {
      expect(requirement).toBeUndefined()
      return
    }
    expect(requirement).toBeDefined()
    expect(requirement?.stated ?? requirement?.version).toBe(stated)
    expect(requirement?.id).toBe(id)
    expect(requirement?.source).toMatch(/vfxplatform.*CY\d{4}\.yml @ [0-9a-f]{7}/)
    expect(requirement?.semantics).toBe(SEMANTICS[id] ?? (/x$|latest/.test(stated) ? 'series' : requirement?.semantics))
    const machine = MACHINE[id]?.[YEARS.indexOf(year)]
    if (machine) expect(`${requirement?.version}${requirement?.floor ? `>=${requirement.floor}` : ''}`).toBe(machine)
  })

  test('no component exists that the table does not check', () => {
    const known = new Set([...Object.keys(STATED), 'libstdcxx-abi'])
    for (const year of allYears()) for (const id of Object.keys(year.components)) expect(known).toContain(id)
  })

  test.each(YEARS)('CY%i: status, date, derived fields', year => {
    const y = resolveYear(String(year))
    const dates: Record<number, string> = {
      2018: '2017-11-26',
      2019: '2018-09-12',
      2020: '2019-11-02',
      2021: '2020-09-12',
      2022: '2021-10-31',
      2023: '2022-10-31',
      2024: '2023-11-01',
      2025: '2024-11-03',
      2026: '2025-11-05',
      2027: '2026-06-03'
    }
    expect(y.year).toBe(year)
    expect(y.status).toBe(year === 2027 ? 'draft' : 'final')
    expect(y.date).toBe(dates[year])
    expect(y.cxxStandard).toBe(Number(STATED['cxx-standard']?.[YEARS.indexOf(year)]))
    expect(y.python).toBe(
      ['2.7', '2.7', '3.7', '3.7', '3.9', '3.10', '3.11', '3.11', '3.13', '3.13'][YEARS.indexOf(year)]
    )
    expect(y.legacyGlibc).toBe(year <= 2022)
    expect(y.oldCxxAbi).toBe(year <= 2022)
    expect(y.macosDeploymentTarget).toBe(STATED['macos-deployment-target']?.[YEARS.indexOf(year)] ?? undefined)
    expect(y.windowsSdk).toBe(MACHINE['windows-sdk']?.[YEARS.indexOf(year)] ?? undefined)
  })
})

describe('ASWF image facts per year (vfx-platform-facts.md §2.2/§2.3)', () => {
  // year: [image version, ci-common, glibc, CMake, CUDA, clang variants, default clang, clang in year images]
  const ASWF: Record<number, [string, string, string, string, string, number[], number, number]> = {
    2018: ['2018.8', '1', '2.17', '3.9.4', '10.2', [7], 7, 7],
    2019: ['2019.9', '1', '2.17', '3.12.4', '10.2', [6, 7, 8, 9, 10], 7, 7],
    2020: ['2020.9', '1', '2.17', '3.18.4', '10.2', [7], 7, 7],
    2021: ['2021.6', '2', '2.17', '3.19.3', '11.1', [10, 11], 10, 10],
    2022: ['2022.4', '2', '2.17', '3.22.0', '11.4.0', [10, 11, 12, 13, 14], 10, 10],
    2023: ['2023.3', '3', '2.28', '3.31.11', '12.6.3', [14, 15], 15, 14],
    2024: ['2024.7', '4', '2.28', '3.31.11', '12.6.3', [16, 17], 17, 16],
    2025: ['2025.6', '5', '2.28', '3.31.11', '12.6.3', [18, 19], 19, 18],
    2026: ['2026.4', '6', '2.28', '4.0.6', '12.9.1', [19, 20], 20, 19]
  }
  test.each(Object.entries(ASWF))(
    'CY%s',
    (year, [image, common, glibc, cmake, cuda, clang, defaultClang, yearClang]) => {
      const { aswf } = resolveYear(year)
      expect(aswf).toMatchObject({ imageVersion: image, ciCommon: common, glibc, cmake, cuda, clang, defaultClang })
      expect(aswf.clangInYearImages).toBe(yearClang)
      expect(aswf.source).toMatch(/aswf-docker.*versions\.yaml @ e41baee/)
      expect(aswf.versions.cmake).toBe(cmake)
    }
  )

  // exact versions of the latest image per year (§2.3), a selection of rows across all years
  const VERSIONS: Record<string, (string | null)[]> = {
    openexr: ['2.2.1', '2.3.0', '2.4.0', '2.5.5', '3.1.5', '3.1.13', '3.2.9', '3.3.11', '3.4.11'],
    openimageio: ['2.0.8', '2.0.8', '2.1.13.0', '2.2.14.0', '2.4.5.0', '2.4.17.0', '2.5.19.1', '3.1.6.2', '3.1.13.1'],
    osl: ['1.10.9', '1.10.9', '1.10.10', '1.11.13.0', '1.12.7.0', '1.12.14.0', '1.13.11.0', '1.14.9.0', '1.15.4.0'],
    openusd: ['19.11', '19.11', '20.11', '21.05', '22.11', '23.08', '24.08', '25.05.01', '26.03'],
    materialx: [_, _, _, _, '1.38.5', '1.38.7', '1.39.1', '1.39.3', '1.39.4'],
    opentimelineio: [_, '0.12.1', '0.12.1', '0.13', '0.14.1', '0.15', '0.17.0', '0.17.0', '0.18.1'],
    python: ['2.7.15', '2.7.15', '3.7.3', '3.7.9', '3.9.15', '3.10.20', '3.11.13', '3.11.13', '3.13.3'],
    onetbb: ['2017_U6', '2018', '2019_u6', '2020_u2', '2020.3', '2020.3', '2020.3', '2021.13.0', '2022.1.0'],
    boost: ['1.61.0', '1.66.0', '1.70.0', '1.73.0', '1.76.0', '1.80.0', '1.82.0', '1.85.0', '1.88.0'],
    // the last released image of each year (CY2021's shipped 1.10.1: 1.11.0 arrived 2022-06)
    ninja: ['1.10.1', '1.10.1', '1.10.1', '1.10.1', '1.11.0', '1.13.2', '1.13.2', '1.13.2', '1.13.2'],
    'cxx-standard': [_, '14', '17', '17', '17', '17', '17', '17', '20']
  }
  const versionRows = Object.entries(VERSIONS).flatMap(([id, values]) =>
    values.map((v, i) => [id, 2018 + i, v] as const)
  )
  test.each(versionRows)('aswf %s in %i is %p', (id, year, version) => {
    expect(resolveYear(String(year)).aswf.versions[id]).toBe(version ?? undefined)
  })

  test('CY2027 has no ASWF images yet', () => {
    expect(resolveYear('2027').aswf.versions).toEqual({})
    expect(resolveYear('2027').aswf.imageVersion).toBeUndefined()
  })
})

describe('resolveYear', () => {
  test.each([
    ['2025', 2025],
    ['CY2025', 2025],
    ['cy2019', 2019],
    [' 2024 ', 2024],
    ['latest', 2026],
    ['LATEST', 2026],
    ['draft', 2027],
    ['2027', 2027]
  ])('%p → CY%i', (input, year) => {
    expect(resolveYear(input).year).toBe(year)
  })

  test.each(['', '2017', '2028', 'CY20X5', 'CY 2025', '25', 'next', '2025.1'])(
    '%p is a UserError listing the years',
    input => {
      expect(() => resolveYear(input)).toThrow(UserError)
      expect(() => resolveYear(input)).toThrow(/2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027/)
      expect(() => resolveYear(input)).toThrow(/'latest' \(CY2026\) or 'draft' \(CY2027\)/)
    }
  )
})
