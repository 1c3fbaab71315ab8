/**
 * The platform years, from the data files in ../data/years (one JSON file per year, every value with its source).
 * Adding a year is adding its file and its import below, plus a test row.
 */
import { UserError } from '../../toolkit/src/errors.js'
import type { AswfYearFacts, PlatformYear, Requirement } from './types.js'
import { majorMinor, versionParts } from './version.js'
import cy2018 from '../data/years/CY2018.json' with { type: 'json' }
import cy2019 from '../data/years/CY2019.json' with { type: 'json' }
import cy2020 from '../data/years/CY2020.json' with { type: 'json' }
import cy2021 from '../data/years/CY2021.json' with { type: 'json' }
import cy2022 from '../data/years/CY2022.json' with { type: 'json' }
import cy2023 from '../data/years/CY2023.json' with { type: 'json' }
import cy2024 from '../data/years/CY2024.json' with { type: 'json' }
import cy2025 from '../data/years/CY2025.json' with { type: 'json' }
import cy2026 from '../data/years/CY2026.json' with { type: 'json' }
import cy2027 from '../data/years/CY2027.json' with { type: 'json' }

/** A year file as stored: the derived fields of PlatformYear are computed from its components. */
interface YearFile {
  year: number
  status: string
  date: string
  source: string
  notes?: string[]
  components: Record<string, Omit<Requirement, 'id'>>
  aswf: AswfYearFacts
}

const FILES: YearFile[] = [cy2018, cy2019, cy2020, cy2021, cy2022, cy2023, cy2024, cy2025, cy2026, cy2027] as YearFile[]

function toPlatformYear(file: YearFile): PlatformYear {
  const components: Record<string, Requirement> = {}
  for (const [id, requirement] of Object.entries(file.components)) components[id] = { id, ...requirement }
  const need = (id: string): Requirement => {
    const found = components[id]
    if (!found) throw new Error(`CY${file.year}: the data has no '${id}'`)
    return found
  }
  const toolset = components['windows-toolset']
  return {
    year: file.year,
    status: file.status === 'draft' ? 'draft' : 'final',
    date: file.date,
    source: file.source,
    cxxStandard: Number(need('cxx-standard').version),
    python: majorMinor(need('python').version),
    // The ASWF image of the year, or (without one) the platform's own glibc, is what a container job would run.
    legacyGlibc: (versionParts(file.aswf.glibc ?? need('glibc').version)[1] ?? 0) < 28,
    oldCxxAbi: need('libstdcxx-abi').version === '0',
    components,
    macosDeploymentTarget: components['macos-deployment-target']?.version,
    windowsToolset: toolset?.stated ?? toolset?.version,
    msvcToolsetVersion: toolset?.version,
    windowsSdk: components['windows-sdk']?.version,
    notes: file.notes,
    aswf: file.aswf
  }
}

const YEARS: ReadonlyMap<number, PlatformYear> = new Map(FILES.map(file => [file.year, toPlatformYear(file)]))

export function supportedYears(): number[] {
  return [...YEARS.keys()].sort((a, b) => a - b)
}

/** Every year, oldest first. */
export function allYears(): PlatformYear[] {
  return supportedYears().map(year => YEARS.get(year) as PlatformYear)
}

function newest(status: PlatformYear['status']): PlatformYear | undefined {
  return allYears()
    .filter(year => year.status === status)
    .pop()
}

/** '2025' | 'CY2025' | 'latest' (newest final year) | 'draft' (newest draft year). */
export function resolveYear(input: string): PlatformYear {
  const value = input.trim()
  const lower = value.toLowerCase()
  const match = /^(?:cy)?(\d{4})$/i.exec(value)
  const year =
    lower === 'latest' ? newest('final') : lower === 'draft' ? newest('draft') : YEARS.get(Number(match?.[1]))
  if (year) return year
  const years = supportedYears()
  const aliases = [
    `'latest' (CY${newest('final')?.year})`,
    ...(newest('draft') ? [`'draft' (CY${newest('draft')?.year})`] : [])
  ]
  throw new UserError(
    `${value === '' ? 'An empty VFX Reference Platform year' : `'${value}' is not a supported VFX Reference Platform year`}` +
      (lower === 'draft' ? ' (no draft year is published now)' : '') +
      `: use one of ${years.join(', ')} (also written CY${years[0]}), ${aliases.join(' or ')}.`
  )
}
