/**
 * The real build-matrix specs in the repository, as text: the example spec, the consumer projects' specs and the
 * full specs in build-matrix/README.md. A corpus for tests that compare our readers with reference implementations.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './run-bundle.js'

export function realSpecTexts(): string[] {
  const read = (file: string): string => readFileSync(join(repoRoot, file), 'utf8')
  const files = [
    'test/build-matrix/specs/openexr.yml',
    'test/build-matrix/specs/kokkos.yml',
    ...['imath', 'opencolorio', 'openvdb'].map(p => `test/consumers/${p}/ci-matrix.yml`)
  ]
  const readmeSpecs = [...read('build-matrix/README.md').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map(match => match[1]!)
    .filter(text => /^vfx-platform:/m.test(text))
  return [...files.map(read), ...readmeSpecs]
}
