/**
 * `fuzz-scope: system` for real, without touching this machine's /usr/local: the committed bundle (main, then post,
 * through runBundle) runs inside a private mount namespace where /usr/local is a fresh tmpfs. main and post are
 * two node processes, so the namespace is held by a sleeping process made with `unshare --mount --propagation
 * private` and both enter it through `nsenter` (a wrapper given as the local runner's node binary), which also
 * lists /usr/local after each process. Checked: decoys are planted under /usr/local, files already there are not
 * touched, a decoy that would overwrite an existing file stops the step before anything is written, post removes
 * exactly what main created, and the real /usr/local is as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FuzzManifest } from '../../actions/setup-vfx-platform/fuzz-step.js'
import { runBundle } from '../support/run-bundle.js'
import { SKIP_MARKER, requireTools } from '../support/require-tools.js'

const TOOLS = ['unshare', 'nsenter', 'mount', 'gcc']
const toolsHere = requireTools(TOOLS)

/** Whether this process may make a mount namespace and mount a tmpfs in it (root or CAP_SYS_ADMIN). */
function mountNamespacePermitted(): boolean {
  const probe = spawnSync(
    'unshare',
    ['--mount', '--propagation', 'private', 'mount', '-t', 'tmpfs', 'tmpfs', '/usr/local'],
    {
      encoding: 'utf8'
    }
  )
  return probe.status === 0
}

const NOT_PERMITTED = `${SKIP_MARKER}permission to unshare a mount namespace and mount a tmpfs (root or CAP_SYS_ADMIN)]`
const describeInNamespace: typeof describe =
  toolsHere !== describe || mountNamespacePermitted()
    ? toolsHere
    : process.env.CI === 'true'
      ? (((name: string) =>
          describe(`${name} ${NOT_PERMITTED}`, () => {
            test('may make a mount namespace', () => {
              throw new Error('CI must run the fuzz-scope system test: run it as root (bash .ci/run does).')
            })
          })) as unknown as typeof describe)
      : (((name: string) =>
          describe(`${name} ${NOT_PERMITTED}`, () => {
            test.skip('skipped: unshare --mount is not permitted here', () => undefined)
          })) as unknown as typeof describe)

/** Every path under a folder with its type and content (files), sorted: the folder's state. */
function listing(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        out.push(`${path}/`)
        walk(path)
      } else out.push(path)
    }
  }
  try {
    walk(root)
  } catch {
    /* unreadable parts are left out the same way both times */
  }
  return out
}

let holder: ChildProcess
let work: string
let snapshots: string
let wrapper: string
let hostBefore: string[]

/** Runs a shell command inside the namespace. */
function inNamespace(script: string): string {
  const result = spawnSync('nsenter', ['--target', String(holder.pid), '--mount', '--', 'sh', '-c', script], {
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`in the namespace: ${script}: ${result.stderr}`)
  return result.stdout
}

/** /usr/local inside the namespace: `path` (folders end in /) and, for files, `path = content`. */
function namespaceState(): string[] {
  return inNamespace(
    'find /usr/local -mindepth 1 | sort | while read -r p; do if [ -d "$p" ] && [ ! -L "$p" ]; then echo "$p/"; elif [ -L "$p" ]; then echo "$p -> $(readlink "$p")"; else echo "$p = $(md5sum < "$p" | cut -c1-32)"; fi; done'
  )
    .trim()
    .split('\n')
    .filter(Boolean)
}

/** The listings the wrapper took after each node process (main, then post), in order. */
function takenSnapshots(): string[][] {
  return readdirSync(snapshots)
    .sort()
    .map(name => readFileSync(join(snapshots, name), 'utf8').trim().split('\n').filter(Boolean))
}

describeInNamespace('fuzz-scope system: decoys in /usr/local on a throwaway runner', () => {
  beforeAll(async () => {
    hostBefore = listing('/usr/local')
    work = mkdtempSync(join(tmpdir(), 'fuzz-system-'))
    snapshots = join(work, 'snapshots')
    mkdirSync(snapshots)
    // The namespace: /usr/local a fresh tmpfs with files of "the runner" already in folders the decoys use.
    holder = spawn(
      'unshare',
      [
        '--mount',
        '--propagation',
        'private',
        'sh',
        '-c',
        'mount -t tmpfs tmpfs /usr/local && mkdir -p /usr/local/include/OpenEXR /usr/local/lib && ' +
          'echo real > /usr/local/include/OpenEXR/site-local.h && echo real > /usr/local/lib/libkeep.so && echo ready && exec sleep 600'
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve()
      })
      holder.on('exit', code => reject(new Error(`the namespace holder exited with ${code}`)))
    })
    const realNode = process.env.LOCAL_RUNNER_NODE ?? process.execPath
    wrapper = join(work, 'node-in-namespace')
    // A node script, not a shell one: dash drops variables whose names are not identifiers (INPUT_VFX-PLATFORM).
    writeFileSync(
      wrapper,
      [
        `#!${realNode}`,
        '// Runs node inside the test namespace, then lists /usr/local there (one snapshot per node process).',
        "const { spawnSync } = require('node:child_process')",
        "const { readdirSync, writeFileSync } = require('node:fs')",
        `const enter = ['--target', '${holder.pid}', '--mount', '--']`,
        `const run = spawnSync('nsenter', [...enter, ${JSON.stringify(realNode)}, ...process.argv.slice(2)], { stdio: 'inherit' })`,
        `const found = spawnSync('nsenter', [...enter, 'find', '/usr/local', '-mindepth', '1'], { encoding: 'utf8' })`,
        `const n = String(readdirSync(${JSON.stringify(snapshots)}).length).padStart(2, '0')`,
        `writeFileSync(${JSON.stringify(snapshots)} + '/' + n + '.txt', found.stdout.split('\\n').filter(Boolean).sort().join('\\n'))`,
        'process.exit(run.status ?? 1)',
        ''
      ].join('\n')
    )
    chmodSync(wrapper, 0o755)
  }, 30_000)

  afterAll(() => {
    holder?.kill('SIGKILL')
  })

  let manifest: FuzzManifest
  let before: string[]

  test('main plants the decoys in /usr/local, leaves the files there alone; post removes exactly what it created', async () => {
    before = namespaceState()
    expect(before).toContain('/usr/local/include/OpenEXR/site-local.h = ' + md5('real\n'))
    const result = await runBundle('setup-vfx-platform', {
      root: mkdtempSync(join(work, 'run-')),
      node: wrapper,
      inputs: { 'vfx-platform': 'CY2023', fuzz: '2021', 'fuzz-scope': 'system', check: 'off' }
    })
    if (result.steps[0]?.exitCode !== 0) throw new Error(result.steps.map(s => s.log).join(''))
    expect(result.steps.map(s => s.exitCode)).toEqual([0, 0])
    manifest = JSON.parse(
      readFileSync(join(result.temp, 'setup-vfx-platform', 'fuzz-manifest.json'), 'utf8')
    ) as FuzzManifest
    const planted = manifest.created.filter(p => p.startsWith('/usr/local/'))
    expect(planted).toEqual(
      expect.arrayContaining([
        '/usr/local/include/OpenEXR/ImathVec.h',
        expect.stringMatching(/^\/usr\/local\/lib\/libImath/)
      ])
    )
    // the folders that were there are not the action's to remove
    expect(planted).not.toContain('/usr/local/include/OpenEXR')
    expect(planted).not.toContain('/usr/local/lib')
    const [afterMain, afterPost] = takenSnapshots()
    expect(afterMain).toEqual(expect.arrayContaining(planted))
    expect(afterMain).toContain('/usr/local/include/OpenEXR/site-local.h')
    // post: exactly the state before main, to the byte
    expect(afterPost).toEqual(before.map(line => line.replace(/ = .*$/, '').replace(/\/$/, '')))
    expect(namespaceState()).toEqual(before)
    // and this machine's /usr/local saw none of it
    for (const path of planted) expect(existsSync(path)).toBe(false)
  }, 120_000)

  test('a decoy that would overwrite an existing file stops the step before anything is written', async () => {
    inNamespace('echo "real imath" > /usr/local/include/OpenEXR/ImathVec.h')
    const state = namespaceState()
    const result = await runBundle('setup-vfx-platform', {
      root: mkdtempSync(join(work, 'run-')),
      node: wrapper,
      inputs: { 'vfx-platform': 'CY2023', fuzz: '2021', 'fuzz-scope': 'system', check: 'off' }
    })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toEqual([
      expect.stringMatching(
        /fuzz-scope 'system' would overwrite \/usr\/local\/include\/OpenEXR\/ImathVec\.h, which already exists/
      )
    ])
    expect(namespaceState()).toEqual(state)
    expect(inNamespace('cat /usr/local/include/OpenEXR/ImathVec.h')).toBe('real imath\n')
  }, 120_000)

  test("this machine's /usr/local is as it was", () => {
    expect(listing('/usr/local')).toEqual(hostBefore)
  })
})

function md5(text: string): string {
  return (spawnSync('md5sum', { input: text, encoding: 'utf8' }).stdout as string).slice(0, 32)
}
