export type NoteBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] }

/**
 * A doc comment's text as blocks: lines starting with `- ` are list items (their wrapped lines continue them), a
 * blank line ends a paragraph, and other wrapped lines join the block they continue.
 */
export function noteBlocks(note: string): NoteBlock[] {
  const blocks: NoteBlock[] = []
  for (const line of note.split('\n').map((text) => text.trim())) {
    const last = blocks.at(-1)
    if (line === '') blocks.push({ kind: 'paragraph', text: '' })
    else if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(line.slice(2))
      else blocks.push({ kind: 'list', items: [line.slice(2)] })
    } else if (last?.kind === 'list') last.items[last.items.length - 1] += ` ${line}`
    else if (last?.kind === 'paragraph') last.text = last.text ? `${last.text} ${line}` : line
    else blocks.push({ kind: 'paragraph', text: line })
  }
  return blocks.filter((block) => block.kind === 'list' || block.text !== '')
}
