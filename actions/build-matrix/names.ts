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
  if (v.name) parts.push(...nameTokens(v.name).filter(token => !covered(token, parts)))
  return parts.filter(Boolean).join('-')
}

/** "asan: Linux CY2025 clang Debug (GPU)"; the given name's own words are not repeated after it. */
export function cellName(v: NamingValues): string {
  let shown = words(v)
  if (v.name) {
    const said = nameTokens(v.name)
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

/**
 * Results of the text functions below, by their argument: a matrix repeats the same few values (linux, 2025, gcc,
 * release, a name) in every cell, and an id is made for each of up to 100,000 cells. Bounded: cleared when full.
 */
function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return text => {
    let value = cache.get(text)
    if (value === undefined) {
      if (cache.size >= 10_000) cache.clear()
      value = compute(text)
      cache.set(text, value)
    }
    return value
  }
}

/** Lower-case, `+` as p (c++ → cpp), runs of anything but [a-z0-9.] as one dash, no dash at either end. */
const slug = memo(text =>
  text
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
)

const tokens = memo(text => slug(text).split('-').filter(Boolean))

/** A name's tokens: what it says, compared with the values. */
const nameTokens = tokens

/** Spellings of one value: python39, py3.9 and python3.9 are py3.9; cy2025 and vfx2025 are 2025; cpp17 is cxx17. */
const normalise = memo(token => {
  const python = /^py(?:thon)?(\d)\.?(\d+)$/.exec(token)
  if (python) return `py${python[1]}.${python[2]}`
  const year = /^(?:cy|vfx|vp)(\d{4})$/.exec(token)
  if (year) return year[1]!
  const cxx = /^(?:cxx|cpp|c\+\+)(\d{2})$/.exec(token)
  if (cxx) return `cxx${cxx[1]}`
  return token
})

/** Letter runs and number runs: gcc10 → gcc, 10; clang19 → clang, 19; py3.9 → py, 3.9. */
const pieces = memo(token => token.match(/[a-z]+|\d+(?:\.\d+)*/g) ?? [])

/** Everything a part (or a name's token) says, in every spelling: its tokens, their spellings, their runs. */
const says = memo(part => {
  const said = new Set<string>()
  for (const token of tokens(part)) {
    said.add(token)
    said.add(normalise(token))
    for (const piece of pieces(token)) said.add(piece)
  }
  return said
})

/** A token the parts already say: itself, in another spelling, or each of its letter and number runs. */
function covered(token: string, parts: readonly string[]): boolean {
  const saidBy = (text: string) => parts.some(part => says(part).has(text))
  const norm = normalise(token)
  if (saidBy(token) || saidBy(norm)) return true
  const runs = pieces(norm)
  return runs.length > 1 && runs.every(saidBy)
}
