import { defineConfig, defineDocs } from 'fumadocs-mdx/config'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'

export const docs = defineDocs({ dir: 'content/docs' })

export default defineConfig({
  mdxOptions: {
    remarkPlugins: [remarkMath],
    // KaTeX first, so that Fumadocs' code highlighter never sees the formulas.
    rehypePlugins: (plugins) => [rehypeKatex, ...plugins],
  },
})
