// Bundles every action and the `ci-actions` CLI: TypeScript's own emitter turns the sources into ES modules, then
// @vercel/ncc bundles that JavaScript (docs/adr/0010-build-pipeline.md says why, with the figures).
//
// Actions are discovered, not listed: every root folder `<name>/action.yml` whose `runs.main` is
// `../dist/<name>/index.js` is bundled from `actions/<name>/index.ts`. Adding an action is adding folders.
// One bundle serves both `main` and `post` (the phase is told apart at run time by a saved state value);
// modules loaded with `await import()` become separate chunks, so heavy code stays off the start-up path.
//
// Why two steps: ncc's own TypeScript path (ts-loader with `transpileOnly`) transpiles file by file and cannot see
// package.json's `"type": "module"`, so under `module: NodeNext` it emits CommonJS `require()`; webpack then
// resolves packages with the `require` condition, and the ESM-only @actions/* v3+ packages (whose `exports` offer
// only `import`) fail with `"." is not exported under the conditions ["require","node","production"]`. ncc's full
// compilation (`transpileOnly: false`) emits ESM but type-checks the whole tsconfig program (tests included) inside
// every bundle, so any type error anywhere blocks every build, at three times the time. tsc's emitter with
// `noCheck` knows each file's module format like `tsc` does, type-checks nothing (that is `npm run typecheck`), and
// takes only the files the entries reach.
import { readdirSync, existsSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, dirname, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { recordStamps, staleTargets } from './bundle-stamps.mjs'

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
const tools = [{ name: 'cli', entry: join(root, 'cli/src/index.ts'), executable: true }]

/** The bundler's settings, in one place (ADR 0010). */
export const nccOptions = Object.freeze({
  quiet: true,
  minify: false,
  sourceMap: false,
  // The input is already JavaScript; nothing for ncc's ts-loader to do.
  transpileOnly: true,
  license: 'licenses.txt'
})

// A fixed path inside the repository (not a random temporary folder): webpack names modules after their paths, so
// a fixed path keeps bundles byte-identical from one build, and one machine, to the next.
const emitDir = join(root, '.tmp', 'build-js')

/**
 * Emits the files reachable from the entries as ES modules into `emitDir` with TypeScript's emitter, without
 * type-checking. Syntax errors still fail here.
 */
export async function emitJavaScript(entries, outDir = emitDir) {
  const { default: ts } = await import('typescript')
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: d => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      }
    }
  )
  rmSync(outDir, { recursive: true, force: true })
  const options = {
    ...config.options,
    noEmit: false,
    noCheck: true,
    outDir,
    rootDir: root,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: false,
    removeComments: false
  }
  const program = ts.createProgram({ rootNames: entries, options })
  const problems = [...program.getSyntacticDiagnostics(), ...program.getOptionsDiagnostics()]
  const emitted = program.emit()
  problems.push(...emitted.diagnostics)
  if (problems.length > 0) {
    throw new Error(
      ts.formatDiagnostics(problems, {
        getCanonicalFileName: f => f,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n'
      })
    )
  }
  return entry => join(outDir, relative(root, entry).replace(/\.ts$/, '.js'))
}

async function bundle({ name, entry, executable = false }, emitted) {
  if (!existsSync(entry)) throw new Error(`${name}: entry ${entry} does not exist`)
  const out = join(root, 'dist', name)
  rmSync(out, { recursive: true, force: true })
  const { default: ncc } = await import('@vercel/ncc')
  const { code, assets } = await ncc(emitted(entry), { ...nccOptions })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'index.js'), code, { mode: executable ? 0o755 : 0o644 })
  for (const [file, asset] of Object.entries(assets ?? {})) {
    mkdirSync(dirname(join(out, file)), { recursive: true })
    writeFileSync(join(out, file), asset.source)
  }
  return Object.keys(assets ?? {}).length
}

export function buildTargets(only = []) {
  return [...discoverActions(), ...tools].filter(t => only.length === 0 || only.includes(t.name))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `--stale`: only the bundles whose sources changed since they were built (scripts/bundle-stamps.mjs).
  const stale = process.argv.includes('--stale')
  const only = process.argv.slice(2).filter(arg => arg !== '--stale')
  let targets = buildTargets(only)
  const unknown = only.filter(name => !targets.some(t => t.name === name))
  if (unknown.length > 0) throw new Error(`No action or tool named ${unknown.join(', ')}`)
  if (stale) {
    targets = staleTargets(targets)
    if (targets.length === 0) process.exit(0)
    console.log(`Rebuilding the stale bundles: ${targets.map(t => t.name).join(', ')}`)
  } else if (only.length === 0) rmSync(join(root, 'dist'), { recursive: true, force: true })
  let started = Date.now()
  const emitted = await emitJavaScript(targets.map(t => t.entry))
  console.log(`TypeScript emitted in ${Date.now() - started} ms`)
  try {
    for (const target of targets) {
      started = Date.now()
      const assets = await bundle(target, emitted)
      console.log(`dist/${target.name}/index.js (+${assets} files) in ${Date.now() - started} ms`)
      recordStamps([target])
    }
  } finally {
    rmSync(emitDir, { recursive: true, force: true })
  }
}
