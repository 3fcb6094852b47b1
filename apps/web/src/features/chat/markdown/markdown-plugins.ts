import type { Options as MarkdownOptions } from 'react-markdown'
import rehypeHighlight from 'rehype-highlight'
import rehypeSanitize from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import { hardenLinks, imagesToLinks } from './link-safety'
import { chatSanitizeSchema } from './sanitize-schema'

export const remarkPlugins: MarkdownOptions['remarkPlugins'] = [remarkGfm]

/**
 * Order matters: images become links, code is highlighted, then the sanitizer removes whatever is not allowed
 * (including anything highlighting added that the schema does not name), and only then are links hardened.
 */
export const rehypePlugins: MarkdownOptions['rehypePlugins'] = [
  imagesToLinks,
  [rehypeHighlight, { detect: false }],
  [rehypeSanitize, chatSanitizeSchema],
  hardenLinks,
]
