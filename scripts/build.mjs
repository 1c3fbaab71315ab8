// Bundles every action and the local-runner CLI with @vercel/ncc.
//
// Actions are discovered, not listed: every root folder `<name>/action.yml` whose `runs.main` is
// `../dist/<name>/index.js` is bundled from `actions/<name>/index.ts`. Adding an action is adding folders.
// One bundle serves both `main` and `post` (the phase is told apart at run time by a saved state value);
// modules loaded with `await import()` become separate chunks, so heavy code stays off the start-up path.
import { readdirSync, existsSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export function discoverActions(dir = root) {
  const found = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const yml = join(dir, entry.name, 'action.yml')
    if (!entry.isDirectory() || !existsSync(yml)) continue
    const main = parse(readFileSync(yml, 'utf8'))?.runs?.main
    if (main !== `../dist/${entry.name}/index.js`) continue
    found.push({ name: entry.name, entry: join(dir, 'actions', entry.name, 'index.ts') })
  }
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

// Command-line tools (package.json `bin`): their bundle is executable, as npm would make it on install.
const tools = [{ name: 'local-runner', entry: join(root, 'packages/local-runner/src/cli.ts'), executable: true }]

async function bundle({ name, entry, executable = false }) {
  if (!existsSync(entry)) throw new Error(`${name}: entry ${entry} does not exist`)
  const out = join(root, 'dist', name)
  rmSync(out, { recursive: true, force: true })
  const { default: ncc } = await import('@vercel/ncc')
  // A full TypeScript compile, not transpileOnly: transpiling file by file emits CommonJS, and a CommonJS `require`
  // of the ESM-only @actions/* packages (v3+: exports only under "import") cannot be resolved. The full compile
  // knows package.json says "type": "module", emits ESM, and the packages bundle statically (docs/adr/0001).
  const { code, assets } = await ncc(entry, {
    quiet: true,
    minify: false,
    sourceMap: false,
    transpileOnly: false,
    license: 'licenses.txt'
  })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'index.js'), code, { mode: executable ? 0o755 : 0o644 })
  for (const [file, asset] of Object.entries(assets ?? {})) {
    mkdirSync(dirname(join(out, file)), { recursive: true })
    writeFileSync(join(out, file), asset.source)
  }
  return Object.keys(assets ?? {}).length
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2)
  const targets = [...discoverActions(), ...tools].filter(t => only.length === 0 || only.includes(t.name))
  if (only.length === 0) rmSync(join(root, 'dist'), { recursive: true, force: true })
  for (const target of targets) {
    const started = Date.now()
    const assets = await bundle(target)
    console.log(`dist/${target.name}/index.js (+${assets} files) in ${Date.now() - started} ms`)
  }
}
