import { describe, expect, test } from '@jest/globals'
import { mayCarryCredential } from '../src/credential-policy.js'

describe('mayCarryCredential', () => {
  test.each([
    ['https://api.github.com/repos/o/r', 'https://api.github.com', true],
    ['https://api.github.com:443/x', 'https://api.github.com/', true],
    ['http://api.github.com/x', 'https://api.github.com', false], // https -> http on the same host
    ['https://evil.example/x', 'https://api.github.com', false], // another host (a Link: rel=next elsewhere)
    ['https://api.github.com.evil.example/x', 'https://api.github.com', false],
    ['https://api.github.com:8443/x', 'https://api.github.com', false], // another port
    ['https://user:pw@api.github.com/x', 'https://api.github.com', false],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080', true], // a loopback stand-in, meant for itself
    ['http://127.0.0.1:8081/x', 'http://127.0.0.1:8080', false],
    ['http://example.org/x', 'http://example.org', false], // plain http off the machine: never
    ['file:///etc/passwd', 'https://api.github.com', false],
    ['not a url', 'https://api.github.com', false]
  ])('%s meant for %s -> %s', (target, origin, expected) => {
    expect(mayCarryCredential(target, origin)).toBe(expected)
  })
})
