/**
 * Whether a run with (or without) a token goes ahead, pure: without a token, a fork or Dependabot pull request (which
 * gets no repository secrets) is skipped with a notice when skip-without-token allows it, and anything else is an
 * error; with a token, a fork's pull request still runs, with a warning that the fork's code can read the token.
 */
import type { AnalysisContext } from './analysis-context.js'

export type TokenDecision =
  { kind: 'scan'; warning?: string } | { kind: 'skip'; reason: string } | { kind: 'error'; message: string }

export interface TokenSituation {
  context: Pick<AnalysisContext, 'description' | 'fromFork' | 'fromDependabot'>
  eventName: string
  hasToken: boolean
  skipWithoutToken: boolean
}

export function tokenDecision({ context, eventName, hasToken, skipWithoutToken }: TokenSituation): TokenDecision {
  if (hasToken) {
    // pull_request_target (or a repository that sends secrets to forks) hands the token to a run over a fork's code.
    return context.fromFork
      ? {
          kind: 'scan',
          warning: `sonar-scan runs with a token on ${context.description} (${eventName}): the fork's code and build scripts can read the token. Analyse fork pull requests without secrets (pull_request) or only after review; see the README.`
        }
      : { kind: 'scan' }
  }
  const tokenless = context.fromFork
    ? 'a pull request from a fork'
    : context.fromDependabot
      ? 'a Dependabot pull request'
      : undefined
  if (tokenless && skipWithoutToken) {
    return {
      kind: 'skip',
      reason: `No SonarQube token: ${tokenless} gets no repository secrets. The analysis runs when the change is merged.`
    }
  }
  return {
    kind: 'error',
    message:
      `No SonarQube token for ${context.description}. Set the 'token' input or the SONAR_TOKEN environment variable from a secret` +
      (tokenless ? " (or leave 'skip-without-token' at true to skip such pull requests)." : '.')
  }
}
