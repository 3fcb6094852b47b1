import { type DefaultTreeAdapterMap, parse } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

const isElement = (node: Node): node is Element => 'tagName' in node

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child)
  if (isElement(node) && node.tagName === 'template' && 'content' in node) yield* elements(node.content)
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value

/** A page's link targets (`href` of every `<a>`) and the fragments it answers (`id`s, and `name`s of anchors). */
export function pageLinks(html: string): { hrefs: string[]; anchors: Set<string> } {
  const hrefs: string[] = []
  const anchors = new Set<string>()
  for (const element of elements(parse(html))) {
    const id = attribute(element, 'id')
    if (id) anchors.add(id)
    if (element.tagName !== 'a') continue
    const name = attribute(element, 'name')
    if (name) anchors.add(name)
    const href = attribute(element, 'href')
    if (href !== undefined) hrefs.push(href)
  }
  return { hrefs, anchors }
}
