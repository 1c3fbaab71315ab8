/**
 * The trust rule for GitLab pipelines, pure: whether the code a pipeline runs was chosen inside the project. The
 * GitLab form of the toolkit's event trust (packages/toolkit/src/event.ts), with the same principle: projects are
 * compared (source project against this project), never a flag that says "fork", and anything that cannot be shown
 * to come from inside is untrusted.
 */
import type { EventTrust } from '../../../packages/toolkit/src/event.js'

/** The predefined variables the rule reads (GitLab sets them in the parent pipeline's generate job). */
export interface GitlabPipelineEnv {
  CI_PIPELINE_SOURCE?: string
  CI_PROJECT_ID?: string
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID?: string
  CI_MERGE_REQUEST_PROJECT_ID?: string
  CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY?: string
  CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY?: string
}

export const MERGE_REQUEST_EVENT = 'merge_request_event'
export const EXTERNAL_PULL_REQUEST_EVENT = 'external_pull_request_event'

export function gitlabTrust(env: GitlabPipelineEnv): EventTrust {
  const source = env.CI_PIPELINE_SOURCE?.trim() ?? ''
  if (source === MERGE_REQUEST_EVENT) {
    const from = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID?.trim()
    const here = env.CI_PROJECT_ID?.trim()
    // The merge request's target project: differs from CI_PROJECT_ID when the pipeline runs in the fork itself.
    const into = env.CI_MERGE_REQUEST_PROJECT_ID?.trim() || here
    if (!from || !here)
      return {
        trusted: false,
        reason: 'merge request pipeline without CI_MERGE_REQUEST_SOURCE_PROJECT_ID and CI_PROJECT_ID: treated as a fork'
      }
    if (from !== here || from !== into)
      return {
        trusted: false,
        reason: `merge request from fork project ${from} into project ${into}`,
        headRepository: from
      }
    return { trusted: true, reason: `merge request within project ${into}` }
  }
  // GitLab CI/CD for external repositories (GitHub pull requests mirrored into GitLab).
  if (source === EXTERNAL_PULL_REQUEST_EVENT) {
    const from = env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY?.trim()
    const into = env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY?.trim()
    if (!from || !into || from.toLowerCase() !== into.toLowerCase())
      return {
        trusted: false,
        reason: `external pull request from ${from || 'an unknown repository'} into ${into || 'an unknown repository'}`,
        headRepository: from
      }
    return { trusted: true, reason: `external pull request within ${into}` }
  }
  return {
    trusted: true,
    reason: `${source || 'local'} pipeline of project ${env.CI_PROJECT_ID?.trim() || '(unknown)'}`
  }
}
