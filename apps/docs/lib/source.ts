import { docs } from 'fumadocs-mdx:collections/server'
import { loader } from 'fumadocs-core/source'

/** The docs, served from the site's root: the site is nothing but docs. */
export const source = loader({
  baseUrl: '/',
  source: docs.toFumadocsSource(),
})
