import type rehypeSanitize from 'rehype-sanitize'

/** hast types, reached through a plugin we depend on (the `hast` types package is not a dependency of the app). */
export type HastRoot = Parameters<ReturnType<typeof rehypeSanitize>>[0]
export type HastContent = HastRoot['children'][number]
export type HastElement = Extract<HastContent, { type: 'element' }>
export type HastElementContent = HastElement['children'][number]
type HastParent = HastRoot | HastElement

/** Calls `visit` on every element, depth first. `visit` may replace the element by returning another node. */
export function mapElements(parent: HastParent, visit: (element: HastElement) => HastElement): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child
    const replaced = visit(child)
    mapElements(replaced, visit)
    return replaced
  })
}
