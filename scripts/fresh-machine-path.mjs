// Prints a PATH that looks like a fresh machine's: every program of the current PATH except the system tools the
// tests may need (test/support/system-tools.json) and the other programs of their Debian packages (gcc-12, cpp,
// python3.11, gpg-agent, …). It shows what `npm test` does where `.ci/apt-packages.txt` is not installed:
//
//   PATH="$(node scripts/fresh-machine-path.mjs)" npm test -- test/sign-artifacts
//
// The folder is .tmp/fresh-machine-bin, made of symbolic links.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, existsSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { tools } = JSON.parse(readFileSync(join(root, 'test/support/system-tools.json'), 'utf8'))

const hidden = new Set(Object.keys(tools))
const packages = readFileSync(join(root, '.ci/apt-packages.txt'), 'utf8')
  .split('\n')
  .filter(line => line && !line.startsWith('#'))
for (const pkg of packages) {
  try {
    for (const file of execFileSync('dpkg', ['-L', pkg], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).split('\n')) {
      if (/^\/(usr\/)?s?bin\//.test(file)) hidden.add(file.slice(file.lastIndexOf('/') + 1))
    }
  } catch {
    // not a Debian machine, or the package is not installed: the names of system-tools.json still apply
  }
}
// What those packages pull in under versioned names: compilers, python3.11, the gnupg programs, the mingw tools.
const dependents =
  /^((x86_64-linux-gnu-)?(gcc|g\+\+|cpp|gcov|gcov-dump|gcov-tool|lto-dump|cc|c\+\+)(-\d+)?|python3(\.\d+)?(-config)?|gpg.*|dirmngr|x86_64-w64-mingw32-.*|pkgconf|x86_64-linux-gnu-pkg-config)$/

const out = join(root, '.tmp', 'fresh-machine-bin')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
for (const dir of (process.env.PATH ?? '').split(delimiter)) {
  if (!dir || !existsSync(dir) || dir === out) continue
  for (const name of readdirSync(dir)) {
    if (hidden.has(name) || dependents.test(name) || existsSync(join(out, name))) continue
    try {
      if (!statSync(join(dir, name)).isFile()) continue
      symlinkSync(join(dir, name), join(out, name))
    } catch {
      // a dangling link or a name we cannot read: leave it out
    }
  }
}
process.stdout.write(out + '\n')
