/**
 * The container of a Linux cell: aswf/ci-<project>:<year>, its clang variant, or the year's pinned tag, each
 * failure reported at the spec value that caused it (the year, the compiler or the pin); and the check of a
 * container a spec names itself (any image reference; an ASWF tag the table does not know is a notice).
 */
import type { Located } from './axes.js'
import type { ParsedCompiler } from './compilers.js'
import { aswfImage, aswfImageProjects, aswfImageYears, resolveYear, type PlatformYear } from './platform.js'
import { notice, problem, type SpecPath, type SpecProblem } from './problems.js'

export interface ImagePin {
  tag: string
  path: SpecPath
}

/** A Docker image reference: [registry[:port]/]name[/name…][:tag][@sha256:digest], lower-case names. */
const IMAGE_REFERENCE =
  /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/

export class ImageResolver {
  private readonly memo = new Map<string, { image: string; problems: SpecProblem[] }>()
  /** undefined: Linux cells run on the runner itself. */
  readonly project: string | undefined

  constructor(
    project: string | undefined,
    private readonly pins: Map<number, ImagePin>,
    problems: SpecProblem[]
  ) {
    this.project = project && knownProject(project, problems) ? project : undefined
  }

  /** The image for a Linux cell of a year ('' without a project); problems go to `problems` once per cause. */
  resolve(year: Located<PlatformYear>, compiler: Located<ParsedCompiler>, problems: SpecProblem[]): string {
    if (this.project === undefined) return ''
    const variant = compiler.value.base === 'clang' ? compiler.value.version : undefined
    const pin = this.pins.get(year.value.year)
    const key = `${year.value.year}|${variant ?? ''}`
    let found = this.memo.get(key)
    if (!found) {
      found = lookUp(this.project, year, compiler, variant, pin)
      this.memo.set(key, found)
    }
    problems.push(...found.problems)
    return found.image
  }
}

function lookUp(
  project: string,
  year: Located<PlatformYear>,
  compiler: Located<ParsedCompiler>,
  variant: number | undefined,
  pin?: ImagePin
) {
  const steps: [SpecPath, () => string][] = [[year.path, () => aswfImage(project, year.value.year)]]
  if (variant !== undefined) steps.push([compiler.path, () => aswfImage(project, year.value.year, { clang: variant })])
  if (pin) steps.push([pin.path, () => aswfImage(project, year.value.year, { clang: variant, tag: pin.tag })])
  let image = ''
  for (const [path, step] of steps) {
    try {
      image = step()
    } catch (error) {
      return { image: '', problems: [problem(path, (error as Error).message)] }
    }
  }
  return { image, problems: [] }
}

/**
 * A container the spec names: any image reference is accepted ('' runs the cell on the runner itself). An ASWF
 * CI image whose tag names a year or build the table does not know is a notice, not an error: the image may be
 * newer than this action's data, and a floating tag of a draft year changes under the build.
 */
export function checkContainer(value: string, path: SpecPath, problems: SpecProblem[]): void {
  if (value === '') return
  if (!IMAGE_REFERENCE.test(value)) {
    problems.push(
      problem(
        path,
        `'${value}' is not an image reference (accepted: [registry/]name[:tag][@sha256:digest], lower-case, or '' for none)`
      )
    )
    return
  }
  const aswf = /^(?:docker\.io\/)?aswf\/ci-([a-z0-9-]+):((\d{4})\S*)$/.exec(value)
  if (!aswf) return
  const [, project, tag, yearText] = aswf as unknown as [string, string, string, string]
  if (!aswfImageProjects().includes(project)) return
  const year = Number(yearText)
  if (!aswfImageYears(project).includes(year)) {
    problems.push(
      notice(
        path,
        `${value}: the platform table knows no CY${year} release of aswf/ci-${project}; a tag of a year not yet released changes without notice, pin an exact tag once it is published`
      )
    )
    return
  }
  try {
    aswfImage(project, year, { tag })
  } catch (error) {
    problems.push(notice(path, `${value}: ${(error as Error).message} It may be newer than this action's data.`))
  }
}

/** An ASWF CI image (`aswf/ci-<name>:<year>…`, docker.io/ optional): its year, from the tag. */
export function aswfImageYear(image: string): number | undefined {
  const year = /^(?:docker\.io\/)?aswf\/ci-[a-z0-9-]+:(\d{4})(?![0-9])\S*$/.exec(image)?.[1]
  return year === undefined ? undefined : Number(year)
}

/**
 * The year of an ASWF CI image that is CentOS 7 (glibc 2.17: every image of CY2018 to CY2022, ci-base included),
 * where no node24 action can start; undefined for any other image. The platform table says which years those are.
 */
export function legacyImage(image: string): number | undefined {
  const year = aswfImageYear(image)
  if (year === undefined) return undefined
  try {
    return resolveYear(String(year)).legacyGlibc ? year : undefined
  } catch {
    return undefined // a year the table does not know: newer than its data, so not CentOS 7
  }
}

function knownProject(project: string, problems: SpecProblem[]): boolean {
  try {
    aswfImageYears(project)
    return true
  } catch (error) {
    problems.push(problem(['project'], (error as Error).message))
    return false
  }
}
