/**
 * The fuzz step's I/O: plants the decoys of decoys.ts (files, tiny shared libraries built with the real compiler),
 * writes the manifest the audit step reads, and exports the variables that put the decoys in a fragile build's way.
 * Nothing is written outside the plan's root (under RUNNER_TEMP) unless `fuzz-scope: system`; even then no existing
 * file is touched, and post removes exactly what was created.
 */
import { existsSync, lstatSync, mkdirSync, rmSync, rmdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { runProcess } from '../../packages/toolkit/src/process.js'
import { exportVariable, log } from '../../packages/toolkit/src/runner.js'
import { state } from '../../packages/toolkit/src/state.js'
import { planDecoys, type FuzzPlan } from './decoys.js'
import type { Detection } from './detect.js'
import { readElfDynamic } from './elf.js'
import { libraryDirs } from './library-probes.js'

// Post trusts only its own state (a later step cannot change it), never the manifest file on disk: the keys are
// state.fuzzCreated and state.fuzzRoot in the toolkit's state registry.

/** Where the fuzz step leaves its manifest for the audit step of the same job. */
export function fuzzManifestPath(temp: string): string {
  return join(temp, 'setup-vfx-platform', 'fuzz-manifest.json')
}

export interface FuzzManifest extends FuzzPlan {
  /** Every file and folder created, deepest first, for the post step. */
  created: string[]
}

/** The SONAME of the Imath library the build would use (the load-time decoy copies it). */
function imathSoname(detection: Detection): string {
  const prefix = detection.found.imath?.prefix
  for (const dir of prefix ? libraryDirs(prefix, detection.multiarch) : []) {
    const soname = readElfDynamic(join(dir, 'libImath.so'))?.soname
    if (soname) return soname
  }
  return 'libImath-3_1.so.29'
}

async function compileLibrary(os: string, source: string, output: string, soname: string): Promise<void> {
  const src = `${output}.c`
  writeFileSync(src, source)
  const args =
    os === 'macOS'
      ? ['-dynamiclib', '-install_name', soname, '-o', output, src]
      : ['-shared', '-fPIC', `-Wl,-soname,${soname}`, '-o', output, src]
  try {
    await runProcess(os === 'macOS' ? 'cc' : 'gcc', args, { timeoutMs: 60_000 })
  } finally {
    rmSync(src, { force: true })
  }
}

export async function plantDecoys(options: {
  seed: number
  scope: 'runner-temp' | 'system'
  temp: string
  os: Detection['os']
  detection: Detection
}): Promise<FuzzManifest> {
  if (options.os === 'Windows')
    throw new UserError("Input 'fuzz' is set on Windows: decoys are planted on Linux and macOS runners only.")
  const plan = planDecoys({
    seed: options.seed,
    scope: options.scope,
    temp: options.temp,
    env: process.env,
    imathSoname: imathSoname(options.detection),
    delimiter
  })
  const targets = plan.decoys.flatMap(d => [
    ...d.files.map(f => join(d.prefix, f.path)),
    ...d.libraries.flatMap(l => [join(d.prefix, l.path), ...l.links.map(n => join(d.prefix, dirname(l.path), n))])
  ])
  const clash = targets.find(path => existsSync(path) || isLink(path))
  if (clash && !clash.startsWith(plan.root + '/'))
    throw new UserError(
      `fuzz-scope 'system' would overwrite ${clash}, which already exists: decoys never replace a real file (use a throwaway runner or fuzz-scope 'runner-temp').`
    )
  rmSync(plan.root, { recursive: true, force: true })
  const created: string[] = []
  const ensureDir = (dir: string) => {
    const missing: string[] = []
    for (let d = dir; !existsSync(d); d = dirname(d)) missing.push(d)
    mkdirSync(dir, { recursive: true })
    created.push(...missing.reverse())
  }
  for (const decoy of plan.decoys) {
    for (const file of decoy.files) {
      const path = join(decoy.prefix, file.path)
      ensureDir(dirname(path))
      writeFileSync(path, file.content, { flag: 'wx' })
      created.push(path)
    }
    for (const library of decoy.libraries) {
      const path = join(decoy.prefix, library.path)
      ensureDir(dirname(path))
      await compileLibrary(options.os, library.source, path, library.soname)
      created.push(path)
      for (const link of library.links) {
        const linkPath = join(dirname(path), link)
        symlinkSync(library.path.slice(library.path.lastIndexOf('/') + 1), linkPath)
        created.push(linkPath)
      }
    }
  }
  const manifest: FuzzManifest = { ...plan, created: created.reverse() }
  const manifestPath = fuzzManifestPath(options.temp)
  mkdirSync(dirname(manifestPath), { recursive: true })
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n')
  state.fuzzCreated.write(manifest.created)
  state.fuzzRoot.write(plan.root)
  for (const [name, value] of Object.entries(plan.env)) exportVariable(name, value)
  log.info(
    `Fuzz seed ${plan.seed}: planted ${plan.decoys.map(d => d.name).join(', ')} under ${plan.scope === 'system' ? `${plan.root} and /usr/local` : plan.root}.`
  )
  return manifest
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * Post: removes what the fuzz step created outside its root (system-scope decoys), deepest first, folders only when
 * empty. The root itself lies under RUNNER_TEMP, which the runner empties after the job; it is left for the audit
 * step and for anyone reading the report until then.
 */
export function removeDecoys(): void {
  const root = state.fuzzRoot.read()
  const created = state.fuzzCreated.read()
  for (const path of created) {
    if (root && (path === root || path.startsWith(root + '/'))) continue
    try {
      if (lstatSync(path).isDirectory()) rmdirSync(path)
      else rmSync(path, { force: true })
    } catch {
      /* already gone, or a folder something else also uses */
    }
  }
}
