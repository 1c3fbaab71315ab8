import { describe, expect, test } from '@jest/globals'
import { firstPageUrl, nextLink, nextPageUrl } from './pagination.js'

describe('pagination', () => {
  test('the first page asks for 100 items and keeps other query parameters', () => {
    expect(firstPageUrl('https://api.github.com/orgs/aswf/actions/runner-groups?visible_to_repository=openvdb')).toBe(
      'https://api.github.com/orgs/aswf/actions/runner-groups?visible_to_repository=openvdb&per_page=100'
    )
  })

  test('the Link header wins', () => {
    const link =
      '<https://api.github.com/orgs/aswf/actions/runners?per_page=100&page=3>; rel="next", <https://api.github.com/orgs/aswf/actions/runners?per_page=100&page=10>; rel="last"'
    expect(nextLink(link)).toBe('https://api.github.com/orgs/aswf/actions/runners?per_page=100&page=3')
    expect(nextPageUrl({ url: 'x:', link, totalCount: 5, fetched: 5, pageItems: 5 })).toContain('page=3')
    expect(
      nextPageUrl({
        url: 'https://h/x?page=10',
        link: '<https://h/x?page=1>; rel="first"',
        fetched: 1000,
        pageItems: 100
      })
    ).toBeUndefined()
  })

  test.each([
    [{ totalCount: 1000, fetched: 100, pageItems: 100 }, 'https://h/r?per_page=100&page=2'],
    [{ totalCount: 1000, fetched: 1000, pageItems: 100 }, undefined],
    [{ totalCount: 1000, fetched: 300, pageItems: 0 }, undefined],
    [{ totalCount: undefined, fetched: 100, pageItems: 100 }, undefined]
  ])('without a Link header, total_count decides: %j', (state, expected) => {
    expect(nextPageUrl({ url: 'https://h/r?per_page=100', ...state })).toBe(expected)
  })
})
