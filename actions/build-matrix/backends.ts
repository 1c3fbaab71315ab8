/**
 * HPC backends (the `backend` axis): what each needs of a cell, as data. A backend maps to a node type (a GPU
 * runner for cuda and hip), to compilers it can be built with, and to the variables a build reads.
 */
import type { Os } from './compilers.js'

export interface Backend {
  /** Operating systems it can run on. */
  oses: Os[]
  /** Compiler names (cells' `compiler`) it can be built with; undefined: any. */
  compilers?: string[]
  /** The compiler a cell takes when the spec leaves the compiler to its default. */
  defaultCompiler?: string
  /** The runners key naming its node type, in order of preference (absent: the OS's runner). */
  runners?: ('cuda' | 'hip' | 'gpu')[]
  /** Whether its tests need a GPU (the cell's `gpu`). */
  gpu: boolean
  /** Variables of the cell (a spec or include env set after them wins). */
  env: Record<string, string>
}

export const BACKENDS: Record<string, Backend> = {
  serial: { oses: ['linux', 'macos', 'windows'], gpu: false, env: { BACKEND: 'serial' } },
  // Apple's clang ships no OpenMP runtime.
  openmp: {
    oses: ['linux', 'macos', 'windows'],
    compilers: ['gcc', 'clang', 'icx', 'msvc', 'clang-cl'],
    gpu: false,
    env: { BACKEND: 'openmp', OMP_NUM_THREADS: '2' }
  },
  cuda: {
    oses: ['linux', 'windows'],
    compilers: ['gcc', 'clang', 'msvc'],
    runners: ['cuda', 'gpu'],
    gpu: true,
    env: { BACKEND: 'cuda', CUDACXX: 'nvcc' }
  },
  hip: {
    oses: ['linux'],
    compilers: ['gcc', 'clang'],
    runners: ['hip'],
    gpu: true,
    env: { BACKEND: 'hip', HIPCXX: '/opt/rocm/llvm/bin/clang++' }
  },
  // oneAPI DPC++; tests on the CPU device unless the cell says otherwise.
  sycl: {
    oses: ['linux', 'windows'],
    compilers: ['icx'],
    defaultCompiler: 'icx',
    gpu: false,
    env: { BACKEND: 'sycl', ONEAPI_DEVICE_SELECTOR: 'opencl:cpu' }
  }
}

export const BACKEND_NAMES = Object.keys(BACKENDS)

/** The compiler family of a cell's compiler name, as backends list them ('gcc-13' → gcc, 'clang19' → clang). */
export function compilerFamily(name: string): string {
  return /^(gcc|clang)-?\d+$/.exec(name)?.[1] ?? name
}
