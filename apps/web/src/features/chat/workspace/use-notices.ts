import { StorageFullError } from '@rialto/vault/errors'
import { useCallback, useRef, useState } from 'react'
import { errorSentence } from '../errors/error-sentence'

export type ChatNotice = {
  id: number
  text: string
  /** A save failed for lack of space: the banner offers the way out (export, delete conversations). */
  storageFull: boolean
}

/** Failures the user must see, as banners over the chat; the same sentence twice shows once. */
export function useNotices(initial: readonly string[] = []) {
  const [notices, setNotices] = useState<ChatNotice[]>(() =>
    initial.map((text, index) => ({ id: -index - 1, text, storageFull: false })),
  )
  const nextId = useRef(1)

  const report = useCallback((error: unknown) => {
    const text = errorSentence(error)
    const storageFull = error instanceof StorageFullError
    setNotices((current) =>
      current.some((notice) => notice.text === text)
        ? current
        : [...current, { id: nextId.current++, text, storageFull }],
    )
  }, [])

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id))
  }, [])

  return { notices, report, dismiss }
}
