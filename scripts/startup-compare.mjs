// Interleaved start-up of two sets of bundles (e.g. main's and this branch's) against `node -e 0`: two actions, two
// paths each (an input error; a typical run), 15 runs each after one warm-up, median and spread (min..max).
//   git archive main dist | tar -x -C /tmp/before && node scripts/startup-compare.mjs /tmp/before/dist dist
// `npm run bench -- cold-start` measures the input-error path of every bundle; this adds the typical run and a
// before/after comparison in the same interleaved run (docs/adr/0005-start-up-budget.md).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, chmodSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const before = resolve(process.argv[2] ?? 'dist')
const after = resolve(process.argv[3] ?? 'dist')
function runnerEnv() {
  const dir = mkdtempSync(join(tmpdir(), 'startup-'))
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: dir,
    GITHUB_WORKSPACE: dir
  }
  for (const n of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    env[n] = join(dir, n)
    writeFileSync(env[n], '')
  }
  return { dir, env }
}
const smiBin = mkdtempSync(join(tmpdir(), 'smi-'))
const t4 = readFileSync(join(repo, 'test/gpu-runner-fallback/fixtures/nvidia-smi/t4/query.csv'), 'utf8')
const hdr = readFileSync(join(repo, 'test/gpu-runner-fallback/fixtures/nvidia-smi/t4/nvidia-smi.txt'), 'utf8')
writeFileSync(join(smiBin, 'q'), t4)
writeFileSync(join(smiBin, 'h'), hdr)
writeFileSync(
  join(smiBin, 'nvidia-smi'),
  `#!/bin/sh\nif [ "$#" -eq 0 ]; then cat ${smiBin}/h; else cat ${smiBin}/q; fi\n`
)
chmodSync(join(smiBin, 'nvidia-smi'), 0o755)
const cases = [
  ['build-matrix', 'input error', { 'INPUT_MAX-JOBS': 'x' }],
  [
    'build-matrix',
    'typical (spec-file openexr.yml)',
    {
      'INPUT_SPEC-FILE': join(repo, 'test/build-matrix/specs/openexr.yml'),
      'INPUT_MAX-JOBS': '256',
      INPUT_PROFILE: 'auto',
      'INPUT_VFX-PLATFORM': ''
    }
  ],
  ['gpu-runner-fallback', 'input error', { INPUT_MODE: 'nope' }],
  [
    'gpu-runner-fallback',
    'typical (probe, nvidia-smi T4)',
    { INPUT_MODE: 'probe', 'INPUT_TIMEOUT-SECONDS': '10', PATH: `${smiBin}:${process.env.PATH}` }
  ]
]
const runs = 15
const samples = new Map()
const add = (k, v) => (samples.get(k) ?? samples.set(k, []).get(k)).push(v)
const time = (args, env, cwd) => {
  const s = performance.now()
  const r = spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' })
  return [performance.now() - s, r.status]
}
const status = new Map()
for (let i = 0; i <= runs; i++) {
  const base = time(['-e', '0'], process.env)
  if (i > 0) add('node -e 0', base[0])
  for (const [action, path, inputs] of cases)
    for (const [label, dist] of [
      ['before', before],
      ['after', after]
    ]) {
      const { dir, env } = runnerEnv()
      const [ms, code] = time([join(dist, action, 'index.js')], { ...env, ...inputs }, dir)
      status.set(`${action} | ${path} | ${label}`, code)
      if (i > 0) add(`${action} | ${path} | ${label}`, ms)
    }
}
const med = a => {
  const s = [...a].sort((x, y) => x - y)
  return s[Math.floor(s.length / 2)]
}
const baseline = med(samples.get('node -e 0'))
console.log(`| measurement | median ms | min..max ms | over node -e 0 | exit |`)
console.log(`| --- | --- | --- | --- | --- |`)
for (const [k, v] of samples)
  console.log(
    `| ${k} | ${med(v).toFixed(0)} | ${Math.min(...v).toFixed(0)}..${Math.max(...v).toFixed(0)} | ${k === 'node -e 0' ? '' : '+' + (med(v) - baseline).toFixed(0)} | ${status.get(k) ?? ''} |`
  )
