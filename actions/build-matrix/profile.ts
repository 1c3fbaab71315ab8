/** Which part of the matrix to run: the `profile` input, the event and the profiles the spec defines. */
import { InputError } from '../../packages/toolkit/src/errors.js'
import { PULL_REQUEST_EVENTS } from '../../packages/toolkit/src/event.js'

export interface ProfileChoice {
  /** A profile of the spec, or undefined for the whole matrix. */
  name: string | undefined
  reason: string
}

export function chooseProfile(input: string, eventName: string, profiles: string[]): ProfileChoice {
  const wanted = input.trim() || 'auto'
  if (wanted === 'auto') {
    if (PULL_REQUEST_EVENTS.includes(eventName) && profiles.includes('pr')) {
      return { name: 'pr', reason: `profile 'pr' for a ${eventName} event` }
    }
    return { name: undefined, reason: `the full matrix for a ${eventName || 'local'} event` }
  }
  if (wanted === 'full') return { name: undefined, reason: 'the full matrix (profile: full)' }
  if (profiles.includes(wanted)) return { name: wanted, reason: `profile '${wanted}'` }
  const accepted = ['auto', 'full', ...profiles].map(p => `'${p}'`).join(', ')
  throw new InputError('profile', wanted, `${accepted} (the profiles of the spec)`)
}
