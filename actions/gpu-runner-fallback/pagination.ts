/**
 * GitHub's list endpoints page with `per_page` (at most 100) and `page`; the next page is named in the Link header
 * (rel="next"), and the body's `total_count` says how many items exist. The Link header wins when present.
 */
export const PER_PAGE = 100

export function firstPageUrl(url: string): string {
  const target = new URL(url)
  target.searchParams.set('per_page', String(PER_PAGE))
  return target.toString()
}

/** The rel="next" target of a Link header, or undefined. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim())
    if (match && match[2]?.split(/\s+/).includes('next')) return match[1]
  }
  return undefined
}

export interface PageState {
  url: string
  link?: string
  totalCount?: number
  /** Items received so far, this page included. */
  fetched: number
  /** Items on this page. */
  pageItems: number
}

export function nextPageUrl(state: PageState): string | undefined {
  if (state.link !== undefined) return nextLink(state.link)
  if (state.totalCount === undefined || state.pageItems === 0 || state.fetched >= state.totalCount) return undefined
  const target = new URL(state.url)
  const page = Number(target.searchParams.get('page') ?? '1')
  target.searchParams.set('page', String(page + 1))
  return target.toString()
}
