/**
 * What the scanner is told, pure: the project key (the input, else none when sonar-project.properties sets one, else
 * `<owner>_<repo>`), the organization, and the scanner's argv from our properties and the user's args.
 */
import type { Inputs } from './inputs.js'
import { organizationFor } from './organization.js'
import { scannerArguments } from './scanner-args.js'

export interface ScanPlanInput {
  inputs: Pick<Inputs, 'projectKey' | 'organization' | 'hostUrl' | 'baseDir' | 'args'>
  /** owner/repo (GITHUB_REPOSITORY). */
  repository: string
  /** sonar-project.properties in the base directory sets sonar.projectKey (looked at only without a project-key). */
  keyInPropertiesFile: boolean
  /** The compile_commands.json to use, if any. */
  compileCommands?: string
  coverageProperties: Record<string, string>
  /** The pull request or branch parameters (analysisContext). */
  contextProperties: Record<string, string>
}

export interface ScanPlan {
  /** '' when sonar-project.properties sets it. */
  projectKey: string
  /** '' when none is set (SonarQube Server). */
  organization: string
  argv: string[]
}

export function scanPlan(p: ScanPlanInput): ScanPlan {
  const { inputs } = p
  const projectKey = inputs.projectKey || (p.keyInPropertiesFile ? '' : p.repository.replace('/', '_'))
  const organization = organizationFor(inputs.organization, inputs.hostUrl, p.repository)
  const argv = scannerArguments({
    properties: {
      'sonar.host.url': inputs.hostUrl,
      'sonar.organization': organization,
      'sonar.projectKey': projectKey,
      'sonar.projectBaseDir': inputs.baseDir,
      ...(p.compileCommands ? { 'sonar.cfamily.compile-commands': p.compileCommands } : {}),
      ...p.coverageProperties,
      ...p.contextProperties
    },
    userArgs: inputs.args
  })
  return { projectKey, organization, argv }
}
