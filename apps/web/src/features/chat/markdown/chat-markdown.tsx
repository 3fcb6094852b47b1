import Markdown from 'react-markdown'
import { rehypePlugins, remarkPlugins } from './markdown-plugins'

/** Typography for rendered answers, scoped to them (Tailwind arbitrary variants: no global stylesheet needed). */
const markdownClasses = [
  'min-w-0 break-words',
  '[&_p]:my-2 [&_p:first-child]:mt-0 [&_p:last-child]:mb-0',
  '[&_h1]:mt-3 [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:mt-3 [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-medium',
  '[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-5',
  '[&_a]:text-amber-300 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:border-white/20 [&_blockquote]:pl-3',
  '[&_code]:font-mono [&_code]:text-[0.85em] [&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-black/30 [&_:not(pre)>code]:px-1',
  '[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-black/40 [&_pre]:p-3',
  '[&_table]:my-2 [&_table]:border-collapse [&_td]:border [&_td]:border-white/10 [&_td]:px-2 [&_th]:border [&_th]:border-white/10 [&_th]:px-2',
  '[&_.hljs-keyword]:text-sky-300 [&_.hljs-string]:text-emerald-300',
  '[&_.hljs-number]:text-amber-200 [&_.hljs-comment]:text-slate-400 [&_.hljs-title]:text-violet-300',
  '[&_.hljs-attr]:text-teal-200 [&_.hljs-literal]:text-rose-300',
].join(' ')

/** Model output as markdown, sanitized: it can format text, never run script or fetch anything. */
export function ChatMarkdown({ text }: { text: string }) {
  return (
    <div className={markdownClasses}>
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins}>
        {text}
      </Markdown>
    </div>
  )
}
