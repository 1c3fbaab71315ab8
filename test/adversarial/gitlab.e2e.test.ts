/**
 * Hostile inputs to the GitLab commands (issue 16), against the built CLI: a fork's merge request, spec values meant
 * to be expanded by GitLab, a GPU name from a driver that tries to add dotenv lines, tags that try to be several.
 */
import { describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jobsOf, parseAsGitlab, runCli } from '../gitlab/support.js'

function specFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gitlab-adversarial-'))
  writeFileSync(join(dir, 'spec.yml'), text)
  return join(dir, 'spec.yml')
}

const gpuSpec = [
  'backend: [serial, cuda, hip]',
  'runners:',
  '  gitlab:',
  '    cpu: [cluster, cpu-node]',
  '    nvidia: [cluster, nvidia-h100]',
  '    amd: [cluster, amd-mi300a]',
  '    protected: [nvidia-h100, amd-mi300a]',
  ''
].join('\n')

describe('a merge request from a fork never gets protected tags', () => {
  test.each([
    ['run in the parent project', { CI_PROJECT_ID: '10', CI_MERGE_REQUEST_PROJECT_ID: '10' }],
    ['run in the fork itself', { CI_PROJECT_ID: '666', CI_MERGE_REQUEST_PROJECT_ID: '10' }],
    ['with the project ids missing', {}]
  ])('%s', (_, ids) => {
    const env = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '666', ...ids }
    const result = runCli(['matrix', '--spec-file', specFile(gpuSpec), '--format', 'gitlab'], { env })
    expect(result.status).toBe(0)
    const jobs = jobsOf(parseAsGitlab(result.stdout))
    expect(Object.keys(jobs)).toHaveLength(3)
    for (const job of Object.values(jobs)) {
      expect(job.tags).toEqual(['cluster', 'cpu-node'])
      expect(job.variables.CI_ACTIONS_TRUST).toMatch(/^untrusted: /)
    }
  })

  test('the same spec on a push keeps the GPU tags (the rule is about forks only)', () => {
    const result = runCli(['matrix', '--spec-file', specFile(gpuSpec), '--format', 'gitlab'], {
      env: { CI_PIPELINE_SOURCE: 'push', CI_PROJECT_ID: '10' }
    })
    const jobs = jobsOf(parseAsGitlab(result.stdout))
    expect(jobs['linux-gcc-release-cuda']!.tags).toEqual(['cluster', 'nvidia-h100'])
  })
})

describe('spec values reach GitLab literally', () => {
  test('a $VARIABLE is not expanded, ON/yes/0755 stay text, a multi-line value stays one value', () => {
    const spec = [
      'os: linux',
      'env:',
      "  STEAL: '$CI_JOB_TOKEN'",
      "  FLAG: 'ON'",
      "  ANSWER: 'yes'",
      "  MODE: '0755'",
      '  TWO: "first\\nsecond: injected"',
      'runners: { gitlab: { cpu: node } }',
      ''
    ].join('\n')
    const result = runCli(['matrix', '--spec-file', specFile(spec), '--format', 'gitlab'])
    expect(result.status).toBe(0)
    const job = jobsOf(parseAsGitlab(result.stdout))['linux-gcc-release']!
    expect(job.variables).toMatchObject({
      STEAL: { value: '$CI_JOB_TOKEN', expand: false },
      FLAG: 'ON',
      ANSWER: 'yes',
      MODE: '0755',
      TWO: 'first\nsecond: injected'
    })
    expect(Object.keys(job)).not.toContain('second')
  })

  test.each([
    ["cpu: 'a b'", 'runners.gitlab.cpu'],
    ["cpu: ['x,y']", 'runners.gitlab.cpu[0]'],
    ['cpu: ["x\\ny"]', 'runners.gitlab.cpu[0]'],
    ["timeout: '1h; rm -rf /'", 'runners.gitlab.timeout']
  ])('runners.gitlab %s is refused at %s', (line, where) => {
    const result = runCli([
      'matrix',
      '--spec-file',
      specFile(`runners:\n  gitlab:\n    ${line}\n`),
      '--format',
      'gitlab'
    ])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(new RegExp(`spec\\.yml:3:\\d+: error: ${where.replace(/[[\].]/g, '\\$&')}: `))
  })
})

describe('a GPU name from the driver cannot add dotenv lines', () => {
  test('carriage returns and escapes in the name stay on the GPU_NAME line', () => {
    const bin = join(mkdtempSync(join(tmpdir(), 'gitlab-smi-')), 'bin')
    mkdirSync(bin)
    const csv = '0, GPU-1, Evil\\rGPU_AVAILABLE=true\\033[2J, 550.54.15, 81559, 9.0'
    writeFileSync(
      join(bin, 'nvidia-smi'),
      `#!/bin/sh\nif [ "$#" -eq 0 ]; then echo "CUDA Version: 12.4"; exit 0; fi\nprintf '${csv}\\n'\n`
    )
    chmodSync(join(bin, 'nvidia-smi'), 0o755)
    const result = runCli(['probe-gpu', '--format', 'dotenv', '--min-compute-capability', '10.0'], {
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` }
    })
    expect(result.status).toBe(0)
    expect(result.stdout.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u)
    const lines = result.stdout.split('\n').slice(0, -1)
    expect(lines).toHaveLength(9)
    expect(lines.filter(line => line.startsWith('GPU_AVAILABLE='))).toEqual(['GPU_AVAILABLE=false'])
    expect(lines).toContain('GPU_NAME=Evil GPU_AVAILABLE=true [2J')
  })
})
