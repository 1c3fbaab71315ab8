/**
 * Looks at the machine: OS, distro, glibc, an ASWF container, compilers and build tools, Python and its packages,
 * and the libraries on the search prefixes. The few processes needed run in parallel; libraries are read from
 * files. Everything here is I/O; what the findings mean is decided in conformance.ts.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { delimiter, dirname, join } from 'node:path'
import { runProcess, which } from '../../packages/toolkit/src/process.js'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { log, type RunnerContext } from '../../packages/toolkit/src/runner.js'
import type { PlatformYear } from '../../packages/vfx-platform/src/index.js'
import { detectAswfContainer, type AswfContainer } from './aswf-container.js'
import { LIBRARY_PROBES, candidateFiles, searchPrefixes } from './library-probes.js'
import { firstVersion, newestWindowsSdk, parseClangVersion, parseOsRelease, type OsRelease } from './parse-versions.js'

export interface Found {
  version: string
  /** The file or command that told the version. */
  where: string
  /** The install prefix a library was found under. */
  prefix?: string
}

export interface Detection {
  os: RunnerContext['os']
  arch: RunnerContext['arch']
  distro?: OsRelease
  glibc?: string
  /** 'glibc2.36' on Linux with glibc, '' elsewhere (cache keys of installed tools carry it). */
  libc: string
  container?: AswfContainer
  /** Component id → what was found. */
  found: Record<string, Found>
  prefixes: string[]
  /** Debian multiarch library folder names found (x86_64-linux-gnu, …). */
  multiarch: string[]
}

const PROBE_TIMEOUT_MS = 10_000

async function output(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const result = await runProcess(file, args, { env, timeoutMs: PROBE_TIMEOUT_MS, check: false })
    return result.exitCode === 0 ? `${result.stdout}\n${result.stderr}` : undefined
  } catch {
    return undefined // not installed
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return undefined
  }
}

/** glibc of this very process, without a subprocess: Node's diagnostic report has it on glibc systems. */
function runtimeGlibc(): string | undefined {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined
  return report?.header?.glibcVersionRuntime
}

/** Debian/Ubuntu multiarch folder names present on this machine (x86_64-linux-gnu, aarch64-linux-gnu). */
export async function multiarchDirs(os: string): Promise<string[]> {
  if (os !== 'Linux') return []
  const entries = await readdir('/usr/lib').catch(() => [] as string[])
  return entries.filter(name => /^[a-z0-9_]+-linux-gnu[a-z]*$/.test(name))
}

/**
 * The Python a build would find. A pyenv shim is a shell script that takes half a second to start; the
 * interpreter it would run is found from pyenv's own version files instead.
 */
export async function resolvePython(
  env: NodeJS.ProcessEnv,
  os: string,
  workspace: string
): Promise<string | undefined> {
  for (const name of os === 'Windows' ? ['python'] : ['python3', 'python']) {
    const found = await which(name, env)
    if (!found) continue
    const shims = dirname(found)
    if (!/[\\/]shims$/.test(shims)) return found
    const root = env.PYENV_ROOT || dirname(shims)
    const versionFile = [join(workspace, '.python-version'), join(root, 'version')].find(f => existsSync(f))
    const version = (env.PYENV_VERSION || (versionFile ? ((await readText(versionFile)) ?? '') : ''))
      .trim()
      .split(/\s+/)[0]
    const real = version ? join(root, 'versions', version, 'bin', name) : ''
    return real && existsSync(real) ? real : found
  }
  return undefined
}

const PYTHON_PROBE = [
  'import sys, json',
  'try:',
  '    from importlib import metadata',
  'except ImportError:',
  '    metadata = None',
  'def v(*names):',
  '    for n in names:',
  '        try:',
  '            return metadata.version(n)',
  '        except Exception:',
  '            pass',
  'print(json.dumps({"python": "%d.%d.%d" % sys.version_info[:3], "numpy": v("numpy"), "pyside": v("PySide6", "PySide2"), "pyqt": v("PyQt6", "PyQt5")}))'
].join('\n')

async function detectPython(env: NodeJS.ProcessEnv, os: string, workspace: string): Promise<Record<string, Found>> {
  const python = await resolvePython(env, os, workspace)
  if (!python) return {}
  const text = await output(python, ['-c', PYTHON_PROBE], env)
  const line = text?.split(/\r?\n/).find(l => l.startsWith('{'))
  if (!line) return {}
  const parsed = JSON.parse(line) as Record<string, string | null>
  const found: Record<string, Found> = {}
  for (const [id, version] of Object.entries(parsed)) if (version) found[id] = { version, where: python }
  return found
}

async function detectCompilersAndTools(env: NodeJS.ProcessEnv, os: string): Promise<Record<string, Found>> {
  const [gcc, clang, cmake, ninja] = await Promise.all([
    os === 'Linux' ? output('gcc', ['-dumpfullversion', '-dumpversion'], env) : undefined,
    output('clang', ['--version'], env),
    output('cmake', ['--version'], env),
    output('ninja', ['--version'], env)
  ])
  const found: Record<string, Found> = {}
  const gccVersion = gcc ? (firstVersion(gcc) ?? gcc.trim().split(/\s+/)[0]) : undefined
  if (gccVersion && /^\d/.test(gccVersion)) found.gcc = { version: gccVersion, where: 'gcc -dumpfullversion' }
  const clangInfo = clang ? parseClangVersion(clang) : undefined
  if (clangInfo)
    found[clangInfo.apple ? 'apple-clang' : 'clang'] = { version: clangInfo.version, where: 'clang --version' }
  const cmakeVersion = cmake ? firstVersion(cmake) : undefined
  if (cmakeVersion) found.cmake = { version: cmakeVersion, where: 'cmake --version' }
  const ninjaVersion = ninja ? firstVersion(ninja) : undefined
  if (ninjaVersion) found.ninja = { version: ninjaVersion, where: 'ninja --version' }
  return found
}

/** MSVC through vswhere (its default install location) and the toolset version file; the newest Windows SDK. */
async function detectWindowsToolchain(env: NodeJS.ProcessEnv): Promise<Record<string, Found>> {
  const found: Record<string, Found> = {}
  const programFiles = env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)'
  const vswhere = join(programFiles, 'Microsoft Visual Studio', 'Installer', 'vswhere.exe')
  const [installation, sdks] = await Promise.all([
    output(
      vswhere,
      [
        '-latest',
        '-products',
        '*',
        '-requires',
        'Microsoft.VisualStudio.Component.VC.Tools.x86.x64',
        '-property',
        'installationPath'
      ],
      env
    ),
    readdir(join(programFiles, 'Windows Kits', '10', 'Include')).catch(() => [] as string[])
  ])
  const path = installation?.trim().split(/\r?\n/)[0]
  if (path) {
    const file = join(path, 'VC', 'Auxiliary', 'Build', 'Microsoft.VCToolsVersion.default.txt')
    const version = firstVersion((await readText(file)) ?? '')
    if (version) found['windows-toolset'] = { version, where: file }
  }
  const sdk = newestWindowsSdk(sdks)
  if (sdk) found['windows-sdk'] = { version: sdk, where: join(programFiles, 'Windows Kits', '10', 'Include', sdk) }
  return found
}

/** The libraries under the prefixes: for each, the first prefix (in search order) that has it wins. */
export async function detectLibraries(prefixes: string[], multiarch: string[]): Promise<Record<string, Found>> {
  const results = await Promise.all(
    LIBRARY_PROBES.map(async probe => {
      for (const prefix of prefixes) {
        const candidates = candidateFiles(probe, prefix, multiarch)
        const texts = await Promise.all(candidates.map(c => readText(c.file)))
        for (let i = 0; i < candidates.length; i++) {
          const text = texts[i]
          const candidate = candidates[i]
          const version = text !== undefined && candidate ? candidate.parse(text) : undefined
          if (version && candidate) return [probe.id, { version, where: candidate.file, prefix }] as const
        }
      }
      return undefined
    })
  )
  return Object.fromEntries(results.filter(r => r !== undefined))
}

export interface DetectOptions {
  runner: RunnerContext
  env: NodeJS.ProcessEnv
  /** Prefixes searched before the others (e.g. what the install step put in place). */
  extraPrefixes?: string[]
  /** Ignore an ASWF container's environment (mode: host). */
  ignoreContainer?: boolean
}

export async function detectEnvironment(options: DetectOptions): Promise<Detection> {
  const { runner, env } = options
  const os = runner.os
  const container = options.ignoreContainer ? undefined : detectAswfContainer(env)
  const multiarchPromise = multiarchDirs(os)
  const prefixes = searchPrefixes({
    extra: options.extraPrefixes ?? [],
    cmakePrefixPath: env.CMAKE_PREFIX_PATH ?? '',
    aswfPrefix: container ? env.ASWF_INSTALL_PREFIX || '/usr/local' : undefined,
    os,
    delimiter
  })
  const [osRelease, tools, python, windows, libraries, multiarch] = await Promise.all([
    os === 'Linux' ? readText('/etc/os-release') : undefined,
    detectCompilersAndTools(env, os),
    detectPython(env, os, runner.workspace),
    os === 'Windows' ? detectWindowsToolchain(env) : {},
    multiarchPromise.then(multiarch => detectLibraries(prefixes, multiarch)),
    multiarchPromise
  ])
  const glibc = os === 'Linux' ? runtimeGlibc() : undefined
  const found: Record<string, Found> = { ...libraries, ...tools, ...python, ...windows }
  if (glibc) found.glibc = { version: glibc, where: 'the C library this process runs on' }
  return {
    os,
    arch: runner.arch,
    distro: osRelease ? parseOsRelease(osRelease) : undefined,
    glibc,
    libc: glibc ? `glibc${glibc}` : '',
    container,
    found,
    prefixes,
    multiarch
  }
}

/** The setup step's look at the machine: detection, the `mode` requirement, one line saying what was found. */
export async function detectMachine(
  mode: 'auto' | 'container' | 'host',
  platform: PlatformYear,
  runner: RunnerContext
): Promise<Detection> {
  const detection = await detectEnvironment({ runner, env: process.env, ignoreContainer: mode === 'host' })
  if (mode === 'container' && !detection.container) {
    throw new UserError(
      "Input 'mode' is 'container' but this job does not run in an ASWF container (neither ASWF_VFXPLATFORM_VERSION nor ASWF_VERSION is set): " +
        `run the job in one (container: ${platform.aswf.imageVersion ? `aswf/ci-base:${platform.year}` : 'an aswf/ci-* image'}) or use mode 'auto' or 'host'.`
    )
  }
  log.info(
    `CY${platform.year} (${platform.status}); ${detection.distro?.prettyName || detection.os} ${detection.arch}` +
      (detection.glibc ? `, glibc ${detection.glibc}` : '') +
      (detection.container ? `, ASWF image ${detection.container.imageVersion}` : '')
  )
  return detection
}

/** After an install, the libraries under its prefixes take precedence (CMake will search them first). */
export async function withInstalledLibraries(detection: Detection, prefixPaths: string[]): Promise<Detection> {
  const libraries = await detectLibraries(prefixPaths, detection.multiarch)
  return { ...detection, found: { ...detection.found, ...libraries } }
}
