/**
 * ASWF CI Docker images (aswf-docker): which image exists for which year and clang variant, and its name.
 * Data: ../data/aswf-images.json (latest released tag per image and year, tag rules, identifying env vars).
 */
import { UserError } from '../../toolkit/src/errors.js'
import images from '../data/aswf-images.json' with { type: 'json' }
import { allYears } from './years.js'

interface ProjectData {
  image: string
  clangVariants?: boolean
  keyedBy?: string
  releases: Record<string, string[]>
  /** In versions.yaml but never released (no release tag): never generated, named when asked for. */
  planned?: Record<string, string[]>
  /**
   * Clang-variant images whose bare `:<year>` tag is a separate one-image build, not a clang variant (ci-osl and
   * ci-openvdb 2018: `2018.1`/`2018.5`; the 2018-clang7 variant never had the bare tag): year → newest exact tag.
   */
  bareTags?: Record<string, string>
  contents: string
}

const PROJECTS = images.projects as Record<string, ProjectData>
const DEFAULT_CLANG = images.defaultClang as Record<string, number>
const COMMON_DEFAULT_CLANG = images.commonDefaultClang as Record<string, number>

export interface AswfEnvironmentNames {
  year: string[]
  imageVersion: string[]
  /** Component id → env names, newest name first (images built before a rename carry the old one). */
  packages: Record<string, string[]>
}

export const aswfEnvironment: AswfEnvironmentNames = images.environment

export const aswfRegistry = { registry: images.registry, org: images.org, testingOrg: images.testingOrg }

/** A released tag: `<year|generation>[-clang<NN>].<n>`. */
interface ReleasedTag {
  key: string
  clang?: number
  build: number
}

function parseTag(tag: string): ReleasedTag {
  const match = /^(\d+)(?:-clang(\d+))?\.(\d+)$/.exec(tag)
  if (!match) throw new Error(`aswf-images.json: malformed tag '${tag}'`)
  return { key: match[1] as string, clang: match[2] ? Number(match[2]) : undefined, build: Number(match[3]) }
}

/** The ci-common generation a year's images are built on (e.g. 2025 → '5'). */
export function ciCommonGeneration(year: number): string | undefined {
  return allYears().find(y => y.year === year)?.aswf.ciCommon
}

function normaliseProject(project: string): string {
  return project
    .trim()
    .toLowerCase()
    .replace(/^(?:docker\.io\/)?(?:aswf(?:testing)?\/)?/, '')
    .replace(/^ci-/, '')
}

function projectData(project: string): { name: string; data: ProjectData } {
  const name = normaliseProject(project)
  const data = PROJECTS[name]
  if (!data)
    throw new UserError(
      `There is no ASWF image 'ci-${name}': known images are ${aswfImageProjects()
        .map(p => `ci-${p}`)
        .join(', ')}.`
    )
  return { name, data }
}

/** The releases key of a year: the year itself, or its ci-common generation for ci-common. */
function releaseKey(name: string, year: number): string | undefined {
  return name === 'common' ? ciCommonGeneration(year) : String(year)
}

function releasesOf(name: string, data: ProjectData, year: number): ReleasedTag[] {
  const key = releaseKey(name, year)
  return key === undefined ? [] : (data.releases[key] ?? []).map(parseTag)
}

export function aswfImageProjects(): string[] {
  return Object.keys(PROJECTS).sort()
}

/** Years (VFX platform years) for which `aswf/ci-<project>` exists. */
export function aswfImageYears(project: string): number[] {
  const { name, data } = projectData(project)
  return allYears()
    .map(y => y.year)
    .filter(year => releasesOf(name, data, year).length > 0)
}

/** The clang variants (majors) of a clang-variant image for a year; [] for one-image-per-year projects. */
export function aswfClangVariants(project: string, year: number): number[] {
  const { name, data } = projectData(project)
  if (!data.clangVariants) return []
  return releasesOf(name, data, year)
    .map(tag => tag.clang as number)
    .sort((a, b) => a - b)
}

/** The clang variant behind the bare tag (`:<year>`, or `:<N>` for ci-common); undefined without variants. */
export function aswfDefaultClang(project: string, year: number): number | undefined {
  const { name, data } = projectData(project)
  if (!data.clangVariants) return undefined
  const key = releaseKey(name, year)
  if (key === undefined || data.bareTags?.[key]) return undefined
  return name === 'common' ? COMMON_DEFAULT_CLANG[key] : DEFAULT_CLANG[key]
}

/** The newest released exact tag for a year (and clang variant), e.g. '2025.6' or '2026-clang20.4'. */
export function aswfLatestTag(project: string, year: number, clang?: number): string {
  const { name, data } = projectData(project)
  aswfImage(name, year, clang === undefined ? {} : { clang }) // throws a UserError naming what exists
  const bare = data.bareTags?.[releaseKey(name, year) ?? '']
  if (clang === undefined && bare) return bare
  const wanted = clang ?? aswfDefaultClang(name, year)
  const tag = releasesOf(name, data, year).find(t => t.clang === wanted) as ReleasedTag
  return `${tag.key}${tag.clang !== undefined ? `-clang${tag.clang}` : ''}.${tag.build}`
}

export interface AswfImageOptions {
  /** A clang variant, 19 or 'clang19' (ci-osl, ci-openvdb, ci-vfxall, ci-common only). */
  clang?: number | string
  /** An exact tag instead of the floating one: '2023.2', '2026-clang20.4' (a build number of that year). */
  tag?: string
}

function parseClang(value: number | string): number {
  const match = /^(?:clang-?)?(\d+)$/i.exec(String(value).trim())
  if (!match) throw new UserError(`'${value}' is not a clang variant: use a major version such as 19 or 'clang19'.`)
  return Number(match[1])
}

/**
 * The image reference for a project and year, e.g. aswfImage('osl', 2025, { clang: 19 }) === 'aswf/ci-osl:2025-clang19',
 * aswfImage('openexr', 2023, { tag: '2023.2' }) === 'aswf/ci-openexr:2023.2'. A UserError names what does not exist
 * and what does.
 */
export function aswfImage(project: string, year: number, options: AswfImageOptions = {}): string {
  const { name, data } = projectData(project)
  const image = `${images.org}/${data.image}`
  const releases = releasesOf(name, data, year)
  if (releases.length === 0) {
    const years = aswfImageYears(name)
    const planned = data.planned?.[String(year)]
    if (planned)
      throw new UserError(
        `${image}:${planned[planned.length - 1]} is planned in aswf-docker's versions.yaml but was never released: ` +
          `it exists for ${years.length ? years.join(', ') : 'no year'}.`
      )
    throw new UserError(
      `${image} does not exist for CY${year}: it exists for ${years.length ? years.join(', ') : 'no year'}.`
    )
  }
  const key = releaseKey(name, year) as string
  let clang: number | undefined
  if (options.clang !== undefined && String(options.clang) !== '') {
    clang = parseClang(options.clang)
    if (!data.clangVariants) {
      throw new UserError(
        `${image} has no clang variants (one image per year: ${image}:${year}); only ${aswfImageProjects()
          .filter(p => PROJECTS[p]?.clangVariants)
          .map(p => `ci-${p}`)
          .join(', ')} have them.`
      )
    }
    const variants = aswfClangVariants(name, year)
    if (!variants.includes(clang)) {
      throw new UserError(
        `${image} has no clang${clang} variant for CY${year}: its variants are ${variants.map(v => `clang${v}`).join(', ')}.`
      )
    }
  }
  const bare = data.bareTags?.[key]
  if (bare && clang === undefined && options.tag !== undefined && options.tag.trim() !== '') {
    const match = /^(\d+)\.(\d+)$/.exec(options.tag.trim())
    if (match && match[1] === key && Number(match[2]) <= Number(bare.split('.')[1]))
      return `${image}:${options.tag.trim()}`
  }
  if (options.tag !== undefined && options.tag.trim() !== '')
    return `${image}:${checkedTag(image, year, key, releases, clang, options.tag.trim())}`
  return `${image}:${key}${clang !== undefined ? `-clang${clang}` : ''}`
}

/**
 * Validates an exact tag against the releases: the right year (or ci-common generation), a clang variant that exists
 * (clang-variant images only carry `<year>-clang<NN>.<n>` exact tags) and a build number not newer than the last release.
 */
function checkedTag(
  image: string,
  year: number,
  key: string,
  releases: ReleasedTag[],
  clang: number | undefined,
  tag: string
): string {
  const known = releases
    .map(r => `${r.key}${r.clang !== undefined ? `-clang${r.clang}` : ''}.0 to .${r.build}`)
    .join(', ')
  const match = /^(\d+)(?:-clang(\d+))?(?:\.(\d+))?$/.exec(tag)
  if (!match || match[1] !== key)
    throw new UserError(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`)
  const tagClang = match[2] !== undefined ? Number(match[2]) : clang
  if (clang !== undefined && tagClang !== clang)
    throw new UserError(`Tag '${tag}' is not the clang${clang} variant of ${image}.`)
  const variants = releases.some(r => r.clang !== undefined)
  if (variants && tagClang === undefined && match[3] !== undefined) {
    throw new UserError(`${image} has no tag '${tag}': exact tags of its clang variants are ${known}.`)
  }
  const release = releases.find(r => r.clang === (tagClang ?? (variants ? r.clang : undefined)))
  if (!release || (tagClang !== undefined && release.clang !== tagClang)) {
    throw new UserError(`${image} has no tag '${tag}' for CY${year}: its tags are ${known}.`)
  }
  if (match[3] !== undefined && Number(match[3]) > release.build) {
    throw new UserError(
      `${image} has no tag '${tag}': the newest is ${release.key}${release.clang !== undefined ? `-clang${release.clang}` : ''}.${release.build}.`
    )
  }
  return `${key}${tagClang !== undefined ? `-clang${tagClang}` : ''}${match[3] !== undefined ? `.${match[3]}` : ''}`
}
