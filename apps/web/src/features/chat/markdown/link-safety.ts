import { type HastElement, type HastRoot, mapElements } from './hast-tree'

/**
 * Runs before sanitizing: an image in model output becomes a plain link to it ("Image: alt"), so nothing is
 * fetched unless the user clicks. The sanitizer then checks the link's protocol like any other.
 */
export function imagesToLinks() {
  return (tree: HastRoot) =>
    mapElements(tree, (element): HastElement => {
      if (element.tagName !== 'img') return element
      const source = typeof element.properties.src === 'string' ? element.properties.src : ''
      const alt = typeof element.properties.alt === 'string' ? element.properties.alt.trim() : ''
      const label = alt === '' ? 'Image (not loaded)' : `Image: ${alt}`
      return { type: 'element', tagName: 'a', properties: { href: source }, children: [{ type: 'text', value: label }] }
    })
}

/**
 * Runs after sanitizing (which drops `target` and `rel`): every link opens in a new tab, without telling the
 * other site where it came from and without our endorsement. In-page links (footnotes) stay as they are.
 */
export function hardenLinks() {
  return (tree: HastRoot) =>
    mapElements(tree, (element): HastElement => {
      if (element.tagName !== 'a') return element
      const href = element.properties.href
      if (typeof href !== 'string' || href.startsWith('#')) return element
      return {
        ...element,
        properties: { ...element.properties, target: '_blank', rel: ['noopener', 'noreferrer', 'nofollow'] },
      }
    })
}
