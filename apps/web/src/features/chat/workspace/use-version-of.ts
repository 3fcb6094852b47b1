import { useState } from 'react'

/** A number that goes up whenever `value` changes: a cache key that follows a secret without containing it. */
export function useVersionOf(value: string): number {
  const [seen, setSeen] = useState({ value, version: 0 })
  if (seen.value === value) return seen.version
  // Adjusting state while rendering is React's way to derive from a changed prop without an extra pass.
  setSeen({ value, version: seen.version + 1 })
  return seen.version + 1
}
