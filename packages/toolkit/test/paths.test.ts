import { describe, expect, it } from '@jest/globals'
import { isInside } from '../src/paths.js'

describe('isInside', () => {
  it('isInside', () => {
    expect(isInside('/w', '/w', false)).toBe(true)
    expect(isInside('/w', '/w/a/b', false)).toBe(true)
    expect(isInside('/w', '/w/..a', false)).toBe(true)
    expect(isInside('/w', '/w2/a', false)).toBe(false)
    expect(isInside('/w', '/etc/passwd', false)).toBe(false)
  })
})
