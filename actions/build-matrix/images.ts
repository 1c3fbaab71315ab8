/**
 * The container of a Linux cell: aswf/ci-<project>:<year>, its clang variant, or the year's pinned tag. Each
 * failure is reported at the spec value that caused it (the year, the compiler or the pin).
 */
import type { Located } from './axes.js'
import type { ParsedCompiler } from './compilers.js'
import { aswfImage, aswfImageYears, type PlatformYear } from './platform.js'
import { problem, type SpecPath, type SpecProblem } from './problems.js'

export interface ImagePin {
  tag: string
  path: SpecPath
}

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

  /** The image for a Linux cell ('' without a project); problems go to `problems` once per cause. */
  resolve(year: Located<PlatformYear>, compiler: Located<ParsedCompiler>, problems: SpecProblem[]): string {
    const variant = compiler.value.clangVariant
    if (this.project === undefined) {
      if (variant !== undefined) {
        problems.push(
          problem(compiler.path, `'${compiler.value.name}' picks a clang variant of an ASWF image: set 'project'`)
        )
      }
      return ''
    }
    const pin = this.pins.get(year.value.year)
    const key = `${year.value.year}|${variant ?? ''}`
    let found = this.memo.get(key)
    if (!found) {
      found = this.lookUp(this.project, year, compiler, pin)
      this.memo.set(key, found)
    }
    problems.push(...found.problems)
    return found.image
  }

  private lookUp(project: string, year: Located<PlatformYear>, compiler: Located<ParsedCompiler>, pin?: ImagePin) {
    const variant = compiler.value.clangVariant
    const steps: [SpecPath, () => string][] = [
      [year.path, () => aswfImage(project, year.value.year)],
      ...(variant !== undefined
        ? [[compiler.path, () => aswfImage(project, year.value.year, { clang: variant })]]
        : []),
      ...(pin ? [[pin.path, () => aswfImage(project, year.value.year, { clang: variant, tag: pin.tag })]] : [])
    ] as [SpecPath, () => string][]
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
