import { Fragment } from 'react'
import assumptionNotes from '@/lib/generated/assumptions.json'
import { noteBlocks } from '@/lib/note-blocks'

/** Backticks in a note are code, as in the source comment they come from. */
function withInlineCode(text: string) {
  return text.split('`').map((part, index) =>
    // Odd parts sit between backticks.
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never reorder.
    index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
  )
}

/**
 * One UNVERIFIED choice of `unverifiedChoices` in packages/contracts-abi/src/assumptions.ts: its note and the value
 * the code holds. An unknown `id` fails the build, so a renamed key cannot leave a page quoting nothing.
 */
export function Assumption({ id }: { id: string }) {
  const entry = assumptionNotes.find((candidate) => candidate.id === id)
  if (!entry) {
    const known = assumptionNotes.map((candidate) => candidate.id).join(', ')
    throw new Error(`<Assumption id="${id}">: no such entry in unverifiedChoices (known: ${known}).`)
  }
  return (
    <aside className="my-4 rounded-lg border border-fd-border bg-fd-card p-4 text-sm" aria-label={`Unverified: ${id}`}>
      <p className="mt-0 font-medium">
        Unverified, and what Rialto assumes: <code>{entry.id}</code> = <code>{entry.value}</code>
      </p>
      {noteBlocks(entry.note).map((block) =>
        block.kind === 'paragraph' ? (
          <p key={block.text}>{withInlineCode(block.text)}</p>
        ) : (
          <ul key={block.items.join()}>
            {block.items.map((item) => (
              <li key={item}>{withInlineCode(item)}</li>
            ))}
          </ul>
        ),
      )}
    </aside>
  )
}
