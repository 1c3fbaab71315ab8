import { describe, expect, it } from '@jest/globals'
import { credentialInArgs, scannerArguments, scannerEnvironment, userDefinedKeys } from './scanner-args.js'

describe('scannerArguments', () => {
  it('puts our properties first, user arguments last and untouched, and lets the user override ours', () => {
    const argv = scannerArguments({
      properties: { 'sonar.host.url': 'https://sonarcloud.io', 'sonar.projectKey': 'a_b', 'sonar.organization': '' },
      userArgs: ['-Dsonar.projectKey=mine', '-X', '-Dsonar.exclusions=a b;$(c)`d`']
    })
    expect(argv).toEqual([
      '-Dsonar.host.url=https://sonarcloud.io',
      '-Dsonar.projectKey=mine',
      '-X',
      '-Dsonar.exclusions=a b;$(c)`d`'
    ])
  })

  it.each([
    [['-Dsonar.a=1'], ['sonar.a']],
    [['--define=sonar.b=2'], ['sonar.b']],
    [['--define', 'sonar.c=3'], ['sonar.c']],
    [['-D', 'sonar.d=4'], ['sonar.d']],
    [['-X', '--debug'], []]
  ])('userDefinedKeys(%j)', (args, keys) => {
    expect([...userDefinedKeys(args)]).toEqual(keys)
  })

  it.each([
    [['-Dsonar.token=x'], 'sonar.token'],
    [['-Dsonar.login=x'], 'sonar.login'],
    [['--define', 'sonar.password=x'], 'sonar.password'],
    [['-Dsonar.tokenizer=x'], undefined]
  ])('credentialInArgs(%j)', (args, key) => {
    const problem = credentialInArgs(args)
    if (key) expect(problem).toContain(key)
    else expect(problem).toBeUndefined()
  })
})

describe('scannerEnvironment', () => {
  it('adds the token and host, and drops the action inputs', () => {
    const env = scannerEnvironment({ PATH: '/bin', INPUT_TOKEN: 'secret', SONAR_TOKEN: 'old' }, 'new', 'https://h')
    expect(env).toEqual({ PATH: '/bin', SONAR_TOKEN: 'new', SONAR_HOST_URL: 'https://h' })
  })
})
