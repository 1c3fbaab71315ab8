import { describe, expect, test } from '@jest/globals'
import { hasUrlCredentials, redactUrl, redactUrls } from '../src/redact-url.js'

describe('redactUrl', () => {
  test.each([
    ['http://user:pass@mirror.example/dist', 'http://***@mirror.example/dist'],
    ['https://token@mirror.example', 'https://***@mirror.example'],
    ['https://u:p%40ss@h/x?y=@z', 'https://***@h/x?y=@z'],
    ['https://mirror.example/a@b', 'https://mirror.example/a@b'],
    ['not a url', 'not a url']
  ])('%s', (url, printable) => {
    expect(redactUrl(url)).toBe(printable)
    expect(hasUrlCredentials(url)).toBe(url !== printable)
  })
})

test('redactUrls finds URLs inside text', () => {
  expect(redactUrls('-Dsonar.host.url=https://u:p@h/x and ftp://a@b, plain https://c/d@e')).toBe(
    '-Dsonar.host.url=https://***@h/x and ftp://***@b, plain https://c/d@e'
  )
})
