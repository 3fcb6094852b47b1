import { describe, expect, it } from 'vitest'
import { builtFileFor, builtPages, readBuilt } from './built-site'
import { pageLinks } from './page-links'

// Links that leave the site: the web app (NEXT_PUBLIC_APP_URL) and any full URL.
const leavesTheSite = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')

/** Every broken internal link of the build: `page → href (why)`. */
function brokenLinks(): string[] {
  const pages = builtPages()
  const anchorsOf = new Map(pages.map((page) => [page, pageLinks(readBuilt(page)).anchors]))
  return pages.flatMap((page) =>
    pageLinks(readBuilt(page))
      .hrefs.filter((href) => !leavesTheSite(href))
      .flatMap((href) => {
        const url = new URL(href, `http://docs.invalid/${page.replace(/(index)?\.html$/, '')}`)
        const target = builtFileFor(url.pathname)
        if (!target) return [`${page} → ${href} (no such page)`]
        const fragment = decodeURIComponent(url.hash.slice(1))
        if (fragment && !anchorsOf.get(target)?.has(fragment)) return [`${page} → ${href} (no #${fragment} there)`]
        return []
      }),
  )
}

// `build` runs this file as its last step too, so a broken link fails the build itself.
describe('links in the built site', () => {
  it('every internal link and #fragment of every page resolves in the build', () => {
    expect(builtPages().length).toBeGreaterThan(10)
    expect(brokenLinks()).toEqual([])
  })
})
