/**
 * Fake `nvidia-smi` and `system_profiler` executables built from the fixture folders, so the parser tests and the
 * end-to-end tests replay the very same text. Each fake is a small POSIX shell script in a fresh bin folder to put
 * first on PATH; it checks its arguments, so a change in how the action calls nvidia-smi breaks the tests.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

export const NVIDIA_SMI_CASES = [
  'h100',
  't4',
  'two-gpus',
  'old-driver-470',
  'no-devices',
  'version-mismatch',
  'hang'
] as const
export type NvidiaSmiCase = (typeof NVIDIA_SMI_CASES)[number]

export function nvidiaSmiFixture(name: NvidiaSmiCase, file: string): string {
  return readFileSync(join(fixturesDir, 'nvidia-smi', name, file), 'utf8')
}

function quote(path: string): string {
  return `'${path.replace(/'/g, `'\\''`)}'`
}

function newBinDir(): string {
  const bin = join(mkdtempSync(join(tmpdir(), 'gpu-fakes-')), 'bin')
  mkdirSync(bin)
  return bin
}

/** A bin folder holding an `nvidia-smi` that replays fixtures/nvidia-smi/<name>. */
export function fakeNvidiaSmi(name: NvidiaSmiCase): string {
  const bin = newBinDir()
  const script = `#!/bin/sh
# Fake nvidia-smi replaying ${name} (test/gpu-runner-fallback/fixtures/nvidia-smi/${name}).
D=${quote(join(fixturesDir, 'nvidia-smi', name))}
if [ -f "$D/hang" ]; then
  # Not exec: the sleeping child keeps stdout open after the shell is killed, like a process stuck in the driver.
  sleep 20
  exit 0
fi
if [ -f "$D/error.txt" ]; then cat "$D/error.txt"; exit "$(cat "$D/exit-code")"; fi
if [ "$#" -eq 0 ]; then cat "$D/nvidia-smi.txt"; exit 0; fi
if [ "$2" != "--format=csv,noheader,nounits" ] || [ "$#" -ne 2 ]; then
  echo "fake nvidia-smi: unexpected arguments: $*" >&2; exit 64
fi
case "$1" in
  --query-gpu=index,uuid,name,driver_version,memory.total,compute_cap)
    if [ -f "$D/query.csv" ]; then cat "$D/query.csv"; exit 0; fi
    cat "$D/invalid-field.txt"; exit 2 ;;
  --query-gpu=index,uuid,name,driver_version,memory.total)
    if [ -f "$D/query-legacy.csv" ]; then cat "$D/query-legacy.csv"; else cut -d, -f1-5 "$D/query.csv"; fi
    exit 0 ;;
esac
echo "fake nvidia-smi: unexpected query: $1" >&2
exit 64
`
  writeFileSync(join(bin, 'nvidia-smi'), script)
  chmodSync(join(bin, 'nvidia-smi'), 0o755)
  return bin
}

/** A bin folder holding a `system_profiler` that prints fixtures/system_profiler/<name>.json. */
export function fakeSystemProfiler(name: 'paravirtual' | 'apple-m2-pro'): string {
  const bin = newBinDir()
  const file = join(fixturesDir, 'system_profiler', `${name}.json`)
  const script = `#!/bin/sh
if [ "$1" != "SPDisplaysDataType" ] || [ "$2" != "-json" ]; then echo "unexpected arguments: $*" >&2; exit 64; fi
cat ${quote(file)}
`
  writeFileSync(join(bin, 'system_profiler'), script)
  chmodSync(join(bin, 'system_profiler'), 0o755)
  return bin
}

/** PATH with `bin` first and no other nvidia-smi (this machine has none; the tests assume so). */
export function pathWith(bin: string): string {
  return `${bin}:${process.env.PATH ?? ''}`
}
