import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import Markdown from 'react-markdown'
import rehypeSanitize from 'rehype-sanitize'
import { describe, expect, it } from 'vitest'
import type { HastElement, HastElementContent, HastRoot } from './hast-tree'
import { hardenLinks, imagesToLinks } from './link-safety'
import { rehypePlugins, remarkPlugins } from './markdown-plugins'
import { chatSanitizeSchema } from './sanitize-schema'

const element = (tagName: string, properties: HastElement['properties'] = {}, children: HastElementContent[] = []) =>
  ({ type: 'element', tagName, properties, children }) satisfies HastElement

const text = (value: string): HastElementContent => ({ type: 'text', value })

/** What the chat does to HTML that reached the tree: images to links, sanitize, harden links. */
function neutralise(...children: HastElementContent[]): string {
  const tree: HastRoot = { type: 'root', children }
  imagesToLinks()(tree)
  const clean = rehypeSanitize(chatSanitizeSchema)(tree)
  hardenLinks()(clean)
  return JSON.stringify(clean)
}

describe('the sanitize schema, fed hostile HTML as a tree', () => {
  it('drops <script> with its content', () => {
    const out = neutralise(element('script', {}, [text('alert(1)')]), element('p', {}, [text('fine')]))
    expect(out).not.toContain('script')
    expect(out).not.toContain('alert(1)')
    expect(out).toContain('fine')
  })

  it('drops <iframe>, <object>, <embed>, <video>, <audio>, <style>', () => {
    const out = neutralise(
      element('iframe', { src: 'https://evil.example/frame' }, [text('frame fallback')]),
      element('object', { data: 'https://evil.example/x.swf' }),
      element('embed', { src: 'https://evil.example/x' }),
      element('video', { src: 'https://evil.example/v.mp4', poster: 'https://evil.example/p.png' }),
      element('audio', { src: 'https://evil.example/a.mp3' }),
      element('style', {}, [text('body{background:url(https://evil.example/bg.png)}')]),
    )
    expect(out).not.toMatch(/iframe|object|embed|video|audio|style|evil\.example/)
  })

  it('turns a remote <img> into a link text, so nothing is fetched', () => {
    const out = neutralise(element('img', { src: 'http://evil.example/track.png', alt: 'a cat' }))
    expect(out).not.toContain('"img"')
    expect(out).toContain('Image: a cat')
    expect(out).toContain('"tagName":"a"')
  })

  it('removes javascript: and data: link targets', () => {
    const out = neutralise(
      element('a', { href: 'javascript:alert(1)' }, [text('click')]),
      element('a', { href: 'JaVaScRiPt:alert(2)' }, [text('click')]),
      element('a', { href: 'data:text/html,<script>alert(3)</script>' }, [text('click')]),
      element('img', { src: 'javascript:alert(4)' }),
    )
    expect(out).not.toMatch(/javascript|data:/i)
  })

  it('removes event handler attributes and inline styles', () => {
    const out = neutralise(
      element('p', { onClick: 'alert(1)', onMouseOver: 'alert(2)', style: 'background:url(https://evil.example)' }, [
        text('hover me'),
      ]),
      element('a', { href: 'https://venice.ai', onFocus: 'alert(3)' }, [text('ok')]),
    )
    expect(out).not.toMatch(/onClick|onMouseOver|onFocus|alert|style|evil/)
    expect(out).toContain('hover me')
  })

  it('keeps highlighting classes but no other class', () => {
    const out = neutralise(
      element('pre', {}, [
        element('code', { className: ['hljs', 'language-js', 'evil-overlay'] }, [
          element('span', { className: ['hljs-keyword', 'fixed-fullscreen'] }, [text('const')]),
        ]),
      ]),
    )
    expect(out).toContain('hljs-keyword')
    expect(out).toContain('language-js')
    expect(out).not.toMatch(/evil-overlay|fixed-fullscreen/)
  })

  it('gives links a new tab and rel="noopener noreferrer nofollow"', () => {
    const out = neutralise(element('a', { href: 'https://venice.ai/docs' }, [text('docs')]))
    expect(out).toContain('"target":"_blank"')
    expect(out).toContain('"rel":["noopener","noreferrer","nofollow"]')
  })
})

describe('the chat markdown pipeline (what ChatMarkdown renders), fed hostile markdown', () => {
  const render = (markdown: string) =>
    renderToStaticMarkup(createElement(Markdown, { remarkPlugins, rehypePlugins }, markdown))

  it('renders formatting, tables and highlighted code', () => {
    const html = render('**bold**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nconst x = 1\n```')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<table>')
    expect(html).toContain('class="hljs-keyword"')
  })

  it('never outputs a script, an image, an iframe or an event handler', () => {
    const html = render(
      [
        '<script>alert(1)</script>',
        '![tracker](http://evil.example/pixel.png)',
        '<img src="http://evil.example/raw.png" onerror="alert(2)">',
        '<iframe src="https://evil.example"></iframe>',
        '[click](javascript:alert(3))',
        '<a href="https://evil.example" onclick="alert(4)">raw link</a>',
      ].join('\n\n'),
    )
    expect(html).not.toMatch(/<script|<img|<iframe|onerror|onclick|javascript:|alert\(/i)
    expect(html).toContain('Image: tracker')
  })

  it('hardens markdown links', () => {
    const html = render('[Venice](https://venice.ai)')
    expect(html).toContain('href="https://venice.ai"')
    expect(html).toContain('target="_blank"')
    expect(html).toContain('rel="noopener noreferrer nofollow"')
  })
})
