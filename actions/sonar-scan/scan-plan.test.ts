import { describe, expect, it } from '@jest/globals'
import { scanPlan, type ScanPlanInput } from './scan-plan.js'

const base: ScanPlanInput = {
  inputs: { projectKey: '', organization: '', hostUrl: 'https://sonarcloud.io', baseDir: '/w/repo', args: [] },
  repository: 'AcademySoftwareFoundation/OpenImageIO',
  keyInPropertiesFile: false,
  coverageProperties: {},
  contextProperties: {}
}
const withInputs = (inputs: Partial<ScanPlanInput['inputs']>, rest: Partial<ScanPlanInput> = {}): ScanPlanInput => ({
  ...base,
  ...rest,
  inputs: { ...base.inputs, ...inputs }
})

describe('scanPlan: project key and organization', () => {
  it.each([
    ['the default <owner>_<repo>', withInputs({}), 'AcademySoftwareFoundation_OpenImageIO'],
    ['the input', withInputs({ projectKey: 'oiio' }), 'oiio'],
    ['none when sonar-project.properties sets it', withInputs({}, { keyInPropertiesFile: true }), ''],
    ['the input over the properties file', withInputs({ projectKey: 'k' }, { keyInPropertiesFile: true }), 'k']
  ])('%s', (_name, input, key) => {
    const plan = scanPlan(input)
    expect(plan.projectKey).toBe(key)
    if (key) expect(plan.argv).toContain(`-Dsonar.projectKey=${key}`)
    else expect(plan.argv.some(a => a.startsWith('-Dsonar.projectKey='))).toBe(false)
  })

  it.each([
    ['SonarCloud: the owner, lowercased', withInputs({}), 'academysoftwarefoundation'],
    ['SonarCloud: the input', withInputs({ organization: 'aswf' }), 'aswf'],
    ['SonarQube Server: none', withInputs({ hostUrl: 'https://sonar.example.com' }), '']
  ])('%s', (_name, input, organization) => {
    expect(scanPlan(input).organization).toBe(organization)
  })
})

describe('scanPlan: argv', () => {
  it('puts host, organization, key, base dir, compile commands, coverage and the context first, user args last', () => {
    const plan = scanPlan(
      withInputs(
        { args: ['-X'] },
        {
          compileCommands: '/w/repo/build/compile_commands.json',
          coverageProperties: { 'sonar.coverageReportPaths': '/t/coverage.xml' },
          contextProperties: { 'sonar.branch.name': 'main' }
        }
      )
    )
    expect(plan.argv).toEqual([
      '-Dsonar.host.url=https://sonarcloud.io',
      '-Dsonar.organization=academysoftwarefoundation',
      '-Dsonar.projectKey=AcademySoftwareFoundation_OpenImageIO',
      '-Dsonar.projectBaseDir=/w/repo',
      '-Dsonar.cfamily.compile-commands=/w/repo/build/compile_commands.json',
      '-Dsonar.coverageReportPaths=/t/coverage.xml',
      '-Dsonar.branch.name=main',
      '-X'
    ])
  })

  it('leaves out compile commands when there are none, and lets the user override ours', () => {
    const plan = scanPlan(withInputs({ args: ['-Dsonar.projectKey=mine'] }))
    expect(plan.argv.some(a => a.includes('compile-commands'))).toBe(false)
    expect(plan.argv.filter(a => a.startsWith('-Dsonar.projectKey='))).toEqual(['-Dsonar.projectKey=mine'])
  })
})
