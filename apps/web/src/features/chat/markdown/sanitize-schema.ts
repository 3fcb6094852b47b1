import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'

/** Elements that fetch something by themselves the moment they render: model output may not show any of them. */
const loadsRemoteResources = new Set([
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'iframe',
  'embed',
  'object',
])

const defaultAttributes = defaultSchema.attributes ?? {}

/**
 * GitHub's sanitize rules (rehype-sanitize's default), made stricter for model output: no element that loads a
 * remote resource, links only to http(s) and mailto, and just enough class names for code highlighting, which
 * runs *before* this schema so that the schema has the last word.
 */
export const chatSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tagName) => !loadsRemoteResources.has(tagName)),
  // Dropped with their content, not unwrapped: their text is code or a fallback, never prose.
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math'],
  attributes: {
    ...Object.fromEntries(Object.entries(defaultAttributes).filter(([tagName]) => !loadsRemoteResources.has(tagName))),
    code: [['className', 'hljs', /^language-[\w+#-]+$/]],
    // rehype-highlight's token classes (`hljs-keyword`, and highlight.js scope suffixes such as `function_`).
    span: [['className', /^hljs-[\w-]+$/, /^[a-z]+_$/]],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
}
