/**
 * A cell's id and its readable name, from the values that name it (final values: an include that changes one
 * changes the id with it, whether it created or extended the cell) and the name an include gave it.
 *
 * The id is `linux-2025-clang-debug-asan`: lower-case, only [a-z0-9.-], so it works as a cache key and a file name.
 * The given name adds only the words the values do not already say, so MaterialX's `Linux_GCC_10_Python39` on a
 * gcc-10 Python 3.9 cell gives `linux-gcc-10-release-py3.9`, not `…-py3.9-linux-gcc-10-python39`; the readable name
 * leaves out, the same way, the words the given name says (`Linux_GCC_10_Python39: Release`).
 */
import type { Os } from './compilers.js'

export interface NamingValues {
  os: Os
  year?: number
  /** The container, when containers are an axis of the spec ('' is the runner itself). */
  container?: string
  compiler: string
  buildType: string
  /** When the spec gives it (an axis or an include). */
  cxx?: number
  /** When the spec gives it (an axis or an include). */
  python?: string
  backend?: string
  gpu: boolean
  /** The name the cell's last naming include gave it. */
  name?: string
}

const OS_LABEL: Record<Os, string> = { linux: 'Linux', macos: 'macOS', windows: 'Windows' }

/** One word of a cell's description: how it reads, and the id part it is. */
interface Word {
  text: string
  part: string
}

function words(v: NamingValues): Word[] {
  const out: Word[] = [{ text: OS_LABEL[v.os], part: v.os }]
  if (v.year !== undefined) out.push({ text: `CY${v.year}`, part: String(v.year) })
  if (v.container !== undefined)
    out.push({ text: v.container === '' ? 'host' : shortImage(v.container), part: imagePart(v.container) })
  out.push({ text: v.compiler, part: v.compiler }, { text: v.buildType, part: v.buildType })
  if (v.cxx !== undefined) out.push({ text: `C++${v.cxx}`, part: `cxx${v.cxx}` })
  if (v.python !== undefined) out.push({ text: `Python ${v.python}`, part: `py${v.python}` })
  if (v.backend !== undefined) out.push({ text: v.backend, part: v.backend })
  return out
}

export function cellId(v: NamingValues): string {
  const parts = words(v).map(w => slug(w.part))
  if (v.name) {
    const said = saidBy(parts)
    parts.push(...tokens(v.name).filter(token => !covered(token, said)))
  }
  return parts.filter(Boolean).join('-')
}

/** "asan: Linux CY2025 clang Debug (GPU)"; the given name's own words are not repeated after it. */
export function cellName(v: NamingValues): string {
  let shown = words(v)
  if (v.name) {
    const said = saidBy(tokens(v.name))
    shown = shown.filter(w => !tokens(w.part).every(token => covered(token, said)))
  }
  const text = shown.map(w => w.text)
  if (v.gpu) text.push('(GPU)')
  if (!v.name) return text.join(' ')
  return text.length ? `${v.name}: ${text.join(' ')}` : v.name
}

/** `ghcr.io/kokkos/ci-containers/fedora:latest` → `fedora:latest`: the image's last name and its tag. */
function shortImage(image: string): string {
  return image.replace(/@sha256:[a-f0-9]+$/, '').replace(/^.*\//, '')
}

function imagePart(image: string): string {
  return image === '' ? 'host' : shortImage(image)
}

/** Lower-case, `+` as p (c++ → cpp), runs of anything but [a-z0-9.] as one dash, no dash at either end. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function tokens(text: string): string[] {
  return slug(text).split('-').filter(Boolean)
}

/** Spellings of one value: python39, py3.9 and python3.9 are py3.9; cy2025 and vfx2025 are 2025; cpp17 is cxx17. */
function normalise(token: string): string {
  const python = /^py(?:thon)?(\d)\.?(\d+)$/.exec(token)
  if (python) return `py${python[1]}.${python[2]}`
  const year = /^(?:cy|vfx|vp)(\d{4})$/.exec(token)
  if (year) return year[1]!
  const cxx = /^(?:cxx|cpp|c\+\+)(\d{2})$/.exec(token)
  if (cxx) return `cxx${cxx[1]}`
  return token
}

/** Letter runs and number runs: gcc10 → gcc, 10; clang19 → clang, 19; py3.9 → py, 3.9. */
function pieces(token: string): string[] {
  return token.match(/[a-z]+|\d+(?:\.\d+)*/g) ?? []
}

/** Everything the parts say, in every spelling a name might use. */
function saidBy(parts: string[]): Set<string> {
  const said = new Set<string>()
  for (const part of parts)
    for (const token of part.split('-').filter(Boolean)) {
      said.add(token)
      said.add(normalise(token))
      for (const piece of pieces(token)) said.add(piece)
    }
  return said
}

/** A token the parts already say: itself, in another spelling, or each of its letter and number runs. */
function covered(token: string, said: Set<string>): boolean {
  const norm = normalise(token)
  if (said.has(token) || said.has(norm)) return true
  const runs = pieces(norm)
  return runs.length > 1 && runs.every(run => said.has(run))
}
