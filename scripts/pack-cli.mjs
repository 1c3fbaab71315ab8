// Packs the `ci-actions` command as its own npm package, @aswf/ci-actions: the CLI bundle (dist/cli, which already
// holds every module it needs: no runtime dependency), the metadata `check-workflow` validates against (each
// action.yml and the reusable workflows of this version), README and LICENSE. The package's version is the
// repository's. Prints the tarball's path.
//   node scripts/pack-cli.mjs [--out <dir>]        (default .tmp/)
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export function stageCliPackage(stage) {
  const bundle = join(root, 'dist', 'cli')
  if (!existsSync(join(bundle, 'index.js'))) throw new Error('dist/cli/index.js is missing: run npm run build first')
  rmSync(stage, { recursive: true, force: true })
  mkdirSync(stage, { recursive: true })
  cpSync(bundle, stage, { recursive: true })

  const metadata = join(stage, 'metadata')
  const copy = relativePath => {
    mkdirSync(dirname(join(metadata, relativePath)), { recursive: true })
    cpSync(join(root, relativePath), join(metadata, relativePath))
  }
  for (const entry of readdirSync(root, { withFileTypes: true }))
    if (entry.isDirectory() && existsSync(join(root, entry.name, 'action.yml'))) copy(`${entry.name}/action.yml`)
  for (const entry of readdirSync(join(root, '.github', 'actions'), { withFileTypes: true }))
    if (entry.isDirectory()) copy(`.github/actions/${entry.name}/action.yml`)
  for (const file of readdirSync(join(root, '.github', 'workflows'))) {
    const on = parse(readFileSync(join(root, '.github', 'workflows', file), 'utf8'))?.on
    if (on && typeof on === 'object' && 'workflow_call' in on) copy(`.github/workflows/${file}`)
  }

  const manifest = JSON.parse(readFileSync(join(root, 'cli', 'package.json'), 'utf8'))
  manifest.version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
  manifest.files = ['index.js', '*.index.js', 'licenses.txt', 'metadata/', 'README.md', 'LICENSE']
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  cpSync(join(root, 'cli', 'README.md'), join(stage, 'README.md'))
  cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'))
  return manifest
}

export function packCli(out = join(root, '.tmp')) {
  const stage = join(root, '.tmp', 'cli-package')
  stageCliPackage(stage)
  mkdirSync(out, { recursive: true })
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', resolve(out)], { cwd: stage, encoding: 'utf8' })
  )
  return join(resolve(out), packed.filename)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out')
  console.log(packCli(at > 0 ? process.argv[at + 1] : undefined))
}
