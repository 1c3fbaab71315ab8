// The e2e project's global setup: rebuild the bundles whose sources changed since they were built, so the
// end-to-end tests run the code on disk, never a stale dist/ (scripts/bundle-stamps.mjs keeps the stamps).
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export default function rebuildStaleBundles() {
  // A failed build fails the run at once, with the compiler's message (stdio inherited).
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--stale'], { cwd: root, stdio: 'inherit' })
}
