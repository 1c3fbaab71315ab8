/**
 * HPC backends (the `backend` axis): what each needs of a cell, as data. A backend maps to a node type (a GPU
 * runner for cuda and hip), to compilers it can be built with, to the variables a build reads and to the CMake
 * arguments that turn it on. Five are built in; a spec declares its own under `backends:` (Kokkos' threads and hpx)
 * or adds settings to a built-in one (its CMake option), and `resolveBackends` makes the table a spec expands with.
 */
import type { Os } from './compilers.js'
import { OSES } from './compilers.js'
import { problem, type SpecProblem } from './problems.js'
import { asList, type MatrixSpec, type OneOrMany, type Scalar } from './spec-types.js'

export interface Backend {
  /** Operating systems it can run on. */
  oses: Os[]
  /** Compiler names (cells' `compiler`) it can be built with; undefined: any. */
  compilers?: string[]
  /** The compiler a cell takes when the spec leaves the compiler to its default. */
  defaultCompiler?: string
  /** The runners key naming its node type, in order of preference (absent: the OS's runner). */
  runners?: ('cuda' | 'hip' | 'gpu')[]
  /** The runner the spec gives the backend itself (`backends.<name>.runs-on`), before any runners key. */
  runsOn?: OneOrMany<string>
  /** Whether its tests need a GPU (the cell's `gpu`). */
  gpu: boolean
  /** Variables of the cell (a spec or include env set after them wins). */
  env: Record<string, string>
  /** CMake arguments of its cells, after the cell's own. */
  cmakeArgs: string[]
}

export const BACKENDS: Record<string, Backend> = {
  serial: { oses: ['linux', 'macos', 'windows'], gpu: false, env: { BACKEND: 'serial' }, cmakeArgs: [] },
  // Apple's clang ships no OpenMP runtime.
  openmp: {
    oses: ['linux', 'macos', 'windows'],
    compilers: ['gcc', 'clang', 'icx', 'msvc', 'clang-cl'],
    gpu: false,
    env: { BACKEND: 'openmp', OMP_NUM_THREADS: '2' },
    cmakeArgs: []
  },
  cuda: {
    oses: ['linux', 'windows'],
    compilers: ['gcc', 'clang', 'msvc'],
    runners: ['cuda', 'gpu'],
    gpu: true,
    env: { BACKEND: 'cuda', CUDACXX: 'nvcc' },
    cmakeArgs: []
  },
  hip: {
    oses: ['linux'],
    compilers: ['gcc', 'clang'],
    runners: ['hip'],
    gpu: true,
    env: { BACKEND: 'hip', HIPCXX: '/opt/rocm/llvm/bin/clang++' },
    cmakeArgs: []
  },
  // oneAPI DPC++; tests on the CPU device unless the cell says otherwise.
  sycl: {
    oses: ['linux', 'windows'],
    compilers: ['icx'],
    defaultCompiler: 'icx',
    gpu: false,
    env: { BACKEND: 'sycl', ONEAPI_DEVICE_SELECTOR: 'opencl:cpu' },
    cmakeArgs: []
  }
}

export const BACKEND_NAMES = Object.keys(BACKENDS)

/** The compiler family of a cell's compiler name, as backends list them ('gcc-13' → gcc, 'clang19' → clang). */
export function compilerFamily(name: string): string {
  return /^(gcc|clang)-?\d+$/.exec(name)?.[1] ?? name
}

/** A list keeps one argument per item; one text is split at white space. */
export function argumentList(value: OneOrMany<string> | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean)
}

/**
 * The backends a spec expands with: the built-in ones, each with the settings `backends:` adds (its CMake
 * arguments; variables after the built-in ones, null removing one; a GPU, a runner, OSes and compilers replacing
 * the built-in's), and the spec's own (BACKEND=<name>, every OS and compiler, no GPU unless it says so).
 */
export function resolveBackends(spec: MatrixSpec, problems: SpecProblem[]): Record<string, Backend> {
  const table: Record<string, Backend> = { ...BACKENDS }
  const seen = new Map<string, string>()
  for (const [given, settings] of Object.entries(spec.backends ?? {})) {
    const name = given.toLowerCase()
    const earlier = seen.get(name)
    if (earlier !== undefined) {
      problems.push(problem(['backends', given], `'${given}' is the backend '${earlier}' again (names ignore case)`))
      continue
    }
    seen.set(name, given)
    const base: Backend = table[name] ?? { oses: [...OSES], gpu: false, env: { BACKEND: name }, cmakeArgs: [] }
    const env = { ...base.env }
    for (const [key, value] of Object.entries(settings.env ?? {})) {
      if (value === null) delete env[key]
      else env[key] = String(value as Scalar)
    }
    table[name] = {
      ...base,
      oses: settings.os === undefined ? base.oses : asList(settings.os),
      compilers:
        settings.compilers === undefined ? base.compilers : asList(settings.compilers).map(c => c.toLowerCase()),
      gpu: settings.gpu ?? base.gpu,
      runsOn: settings['runs-on'] ?? base.runsOn,
      env,
      cmakeArgs: [...base.cmakeArgs, ...argumentList(settings['cmake-args'])]
    }
  }
  return table
}
