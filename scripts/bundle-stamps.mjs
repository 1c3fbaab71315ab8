// Which bundles are stale: a bundle's stamp is the sha256 of every file it is built from (the source files its entry
// reaches through relative imports, JSON data included) and of the build's own inputs (the lockfile, the build
// script, tsconfig.json). `npm run build` records the stamp of each bundle it writes in .tmp/bundle-stamps.json;
// the end-to-end tests (jest's e2e project, test/support/global-setup.mjs) rebuild every bundle whose stamp no
// longer matches before they run, so they always test the source a contributor has, not an old dist/.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stampsFile = join(root, '.tmp', 'bundle-stamps.json')
const BUILD_INPUTS = ['package-lock.json', 'scripts/build.mjs', 'scripts/bundle-stamps.mjs', 'tsconfig.json']

// `from '…'`, `import '…'` and `import('…')` with a relative specifier; type-only imports count too (harmless).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g

/** The files a bundle is made of: the entry and everything it reaches through relative imports. */
export function bundleInputs(entry) {
  const seen = new Set()
  const pending = [resolve(entry)]
  while (pending.length > 0) {
    const file = pending.pop()
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    if (!/\.[cm]?[jt]s$/.test(file)) continue
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolve(dirname(file), specifier)
      pending.push(target.endsWith('.js') && !existsSync(target) ? target.replace(/\.js$/, '.ts') : target)
    }
  }
  return [...seen].sort()
}

/** The stamp of a build target ({ name, entry }): what its bundle would be built from, hashed. */
export function stampOf(target) {
  const hash = createHash('sha256')
  for (const file of [...bundleInputs(target.entry), ...BUILD_INPUTS.map(f => join(root, f))]) {
    hash.update(relative(root, file)).update('\0')
    if (existsSync(file)) hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

function readStamps() {
  try {
    return JSON.parse(readFileSync(stampsFile, 'utf8'))
  } catch {
    return {}
  }
}

export function recordStamps(targets) {
  const stamps = readStamps()
  for (const target of targets) stamps[target.name] = stampOf(target)
  mkdirSync(dirname(stampsFile), { recursive: true })
  writeFileSync(stampsFile, `${JSON.stringify(stamps, null, 2)}\n`)
}

/** The targets whose bundle is missing or was built from other sources than those on disk now. */
export function staleTargets(targets) {
  const stamps = readStamps()
  return targets.filter(
    target => !existsSync(join(root, 'dist', target.name, 'index.js')) || stamps[target.name] !== stampOf(target)
  )
}
