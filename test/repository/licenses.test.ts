// Every package bundled into dist/ (listed by ncc in dist/<bundle>/licenses.txt) is under a license of the
// allow-list in license-allow-list.json, where each license has its reason. A new license is a decision: add it
// there with the reason, in the same change that brings the package in.
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../support/run-bundle.js'

const allowList = JSON.parse(readFileSync(join(repoRoot, 'test/repository/license-allow-list.json'), 'utf8')) as {
  licenses: Record<string, string>
}

/** Package name -> every license the lockfile records for it (a package may be installed in several versions). */
function lockfileLicenses(): Map<string, Set<string>> {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { name?: string; license?: unknown }>
  }
  const map = new Map<string, Set<string>>()
  for (const [path, info] of Object.entries(lock.packages)) {
    if (!path.includes('node_modules/')) continue
    const name = info.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
    const license = typeof info.license === 'string' ? info.license : JSON.stringify(info.license ?? null)
    map.set(name, (map.get(name) ?? new Set()).add(license))
  }
  return map
}

/**
 * The entries of an ncc licenses.txt: each is the package name on a line of its own after a blank line (or at the
 * start), then its license on the next line, then the license text if the package ships one.
 */
export function parseLicensesTxt(text: string, known: (name: string) => boolean): { name: string; license: string }[] {
  const entries: { name: string; license: string }[] = []
  for (const match of text.matchAll(/(?:^|\n\n)((?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*)\n([^\n]+)/g)) {
    if (known(match[1]!)) entries.push({ name: match[1]!, license: match[2]!.trim() })
  }
  return entries
}

/** Whether an SPDX expression is allowed: AND needs every part allowed, OR needs one (WITH exceptions refused). */
export function licenseAllowed(expression: string, allowed: ReadonlySet<string>): boolean {
  const expr = expression
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim()
  const or = splitTop(expr, 'OR')
  if (or.length > 1) return or.some(part => licenseAllowed(part, allowed))
  const and = splitTop(expr, 'AND')
  if (and.length > 1) return and.every(part => licenseAllowed(part, allowed))
  return allowed.has(expr)
}

function splitTop(expr: string, operator: 'AND' | 'OR'): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  const tokens = expr.split(/(\(|\)|\s+)/)
  let offset = 0
  for (const token of tokens) {
    if (token === '(') depth++
    else if (token === ')') depth--
    else if (token === operator && depth === 0) {
      parts.push(expr.slice(start, offset).trim())
      start = offset + token.length
    }
    offset += token.length
  }
  parts.push(expr.slice(start).trim())
  return parts
}

const bundles = existsSync(join(repoRoot, 'dist'))
  ? readdirSync(join(repoRoot, 'dist')).filter(b => existsSync(join(repoRoot, 'dist', b, 'index.js')))
  : []

describe('bundled licenses are on the allow-list', () => {
  const allowed = new Set(Object.keys(allowList.licenses))
  const installed = lockfileLicenses()

  test('every license of the allow-list has its reason', () => {
    for (const [license, reason] of Object.entries(allowList.licenses)) {
      expect({ license, reason: reason.length > 20 }).toEqual({ license, reason: true })
    }
  })

  test('SPDX expressions: AND needs all parts, OR one', () => {
    const set = new Set(['MIT', 'Apache-2.0', 'BSD-3-Clause'])
    expect(licenseAllowed('(Apache-2.0 AND BSD-3-Clause)', set)).toBe(true)
    expect(licenseAllowed('(MIT AND GPL-3.0-only)', set)).toBe(false)
    expect(licenseAllowed('(MIT OR GPL-3.0-only)', set)).toBe(true)
    expect(licenseAllowed('GPL-2.0-only', set)).toBe(false)
    expect(licenseAllowed('MIT WITH Classpath-exception-2.0', set)).toBe(false)
  })

  test('a GPL package in a licenses.txt is found and refused', () => {
    const text = 'yaml\nISC\nCopyright x\n\nPermission to use...\n\n\nevil-pkg\nGPL-3.0-only\n\nother\nMIT\n'
    const entries = parseLicensesTxt(text, name => name !== 'Permission')
    expect(entries).toEqual([
      { name: 'yaml', license: 'ISC' },
      { name: 'evil-pkg', license: 'GPL-3.0-only' },
      { name: 'other', license: 'MIT' }
    ])
    expect(entries.filter(e => !licenseAllowed(e.license, allowed)).map(e => e.name)).toEqual(['evil-pkg'])
  })

  test.each(bundles)('dist/%s/licenses.txt', bundle => {
    const file = join(repoRoot, 'dist', bundle, 'licenses.txt')
    const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
    const entries = parseLicensesTxt(text, name => installed.has(name))
    // Every line that looks like a package name after a blank line must be a package of the lockfile, or a
    // malformed or foreign entry could hide a license.
    const unknown = [...text.matchAll(/(?:^|\n\n)((?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*)\n/g)]
      .map(m => m[1]!)
      .filter(name => !installed.has(name))
    expect(unknown).toEqual([])
    if (text !== '') expect(entries.length).toBeGreaterThan(0)
    const problems = entries
      .filter(e => !installed.get(e.name)?.has(e.license))
      .map(e => `${e.name}: licenses.txt says ${e.license}, package-lock.json says ${[...installed.get(e.name)!]}`)
    for (const e of entries) {
      if (!licenseAllowed(e.license, allowed)) {
        problems.push(
          `${e.name} (${e.license}) is bundled into dist/${bundle} but ${e.license} is not in test/repository/license-allow-list.json: replace the package, or add the license there with the reason it is acceptable`
        )
      }
    }
    expect(problems).toEqual([])
  })
})
