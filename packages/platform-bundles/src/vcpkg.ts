/**
 * The vcpkg manifest that pins a platform year's libraries: `dependencies` names the ports, `overrides` pins each
 * to the year's exact version (the ASWF image's pin, else the platform's series with `.0` for the `x`), and the
 * baseline is given by the caller (a vcpkg commit), since overrides need one. Used by platform-bundles.yml.
 */
import { UserError } from '../../toolkit/src/errors.js'

/** Platform component id -> vcpkg port name, for the libraries a bundle carries. */
export const VCPKG_PORTS: Record<string, string> = {
  imath: 'imath',
  openexr: 'openexr',
  opencolorio: 'opencolorio',
  openimageio: 'openimageio',
  openvdb: 'openvdb',
  alembic: 'alembic',
  ptex: 'ptex',
  opensubdiv: 'opensubdiv',
  onetbb: 'tbb',
  tbb: 'tbb',
  boost: 'boost',
  'c-blosc': 'blosc',
  materialx: 'materialx',
  opentimelineio: 'opentimelineio'
}

export interface YearVersions {
  year: number
  /** The platform's requirement versions ('3.1.x', '1.85'), by component id. */
  platform: Record<string, string>
  /** The ASWF image's exact pins ('3.1.12'), by component id. */
  aswf: Record<string, string>
}

export interface VcpkgManifest {
  name: string
  version: string
  'builtin-baseline': string
  dependencies: string[]
  overrides: { name: string; version: string }[]
}

/** vcpkg versions are dotted numbers (major.minor.patch at least); turn the platform's notations into one. */
export function vcpkgVersion(version: string): string | undefined {
  const cleaned = version.replace(/_/g, '.').replace(/\.x$/i, '.0')
  if (!/^\d+(\.\d+)*$/.test(cleaned)) return undefined
  const parts = cleaned.split('.')
  while (parts.length < 3) parts.push('0')
  return parts.join('.')
}

export function vcpkgManifest(input: YearVersions, components: string[], baseline: string): VcpkgManifest {
  if (!/^[0-9a-f]{40}$/.test(baseline))
    throw new UserError(`The vcpkg baseline must be a full commit sha; got '${baseline}'.`)
  const overrides: { name: string; version: string }[] = []
  const missing: string[] = []
  for (const id of components) {
    const port = VCPKG_PORTS[id]
    if (!port) throw new UserError(`No vcpkg port is known for '${id}'; known: ${Object.keys(VCPKG_PORTS).join(', ')}.`)
    const raw = input.aswf[id] ?? input.platform[id]
    const version = raw === undefined ? undefined : vcpkgVersion(raw)
    if (!version) missing.push(id)
    else if (!overrides.some(o => o.name === port)) overrides.push({ name: port, version })
  }
  if (missing.length) throw new UserError(`CY${input.year} pins no usable version for ${missing.join(', ')}.`)
  overrides.sort((a, b) => a.name.localeCompare(b.name))
  return {
    name: `vfx-platform-cy${input.year}`,
    version: String(input.year),
    'builtin-baseline': baseline,
    dependencies: overrides.map(o => o.name),
    overrides
  }
}
