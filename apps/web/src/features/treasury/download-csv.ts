import { csvMediaType } from '@rialto/protocol/csv'

/** Saves `csv` as a file from the page itself: no server round trip, nothing leaves the browser. */
export function downloadCsv(csv: string, filename: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: csvMediaType }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on the next task: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
