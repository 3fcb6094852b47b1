/**
 * Prints what the vault costs: KDF alone, unlock + decrypt of 1,000 conversations, and bytes written per
 * message save at 10 and 1,000 conversations. Figures, not a pass/fail test. Run with `pnpm bench`.
 */
import { createVault } from '../src/create-vault'
import { openVault } from '../src/open-vault'
import type { VaultStorage } from '../src/storage'
import { defaultIterations, deriveKeyAsUnlockDoes } from '../src/testing/key-derivation'
import { memoryStorage } from '../src/testing/memory-storage'
import { recordingStorage } from '../src/testing/recording-storage'

const passphrase = 'correct horse battery staple'
const messagesPerConversation = 12
const runs = 3

type Message = { role: string; content: string; at: number }

function conversation(index: number, messageCount = messagesPerConversation) {
  const messages: Message[] = Array.from({ length: messageCount }, (_, n) => ({
    role: n % 2 === 0 ? 'user' : 'assistant',
    content: `Message ${n} of conversation ${index}. `.repeat(3),
    at: 1_760_000_000_000 + n,
  }))
  return { title: `Conversation ${index}`, messages }
}

async function median(task: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await task()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN
}

async function seededStorage(conversations: number): Promise<VaultStorage> {
  const storage = memoryStorage()
  const vault = await createVault(storage, passphrase)
  for (let index = 0; index < conversations; index++) await vault.put(`conversation:${index}`, conversation(index))
  vault.lock()
  return storage
}

async function unlockAndDecryptAll(storage: VaultStorage) {
  const vault = await openVault(storage, passphrase)
  const ids = vault.list('conversation:')
  const records = await Promise.all(ids.map((id) => vault.get(id)))
  if (records.some((record) => record === undefined)) throw new Error('a conversation went missing')
  vault.lock()
  return records.length
}

/** Appends one message to conversation 0, the way the chat UI saves; returns what reached storage. */
async function oneMessageSave(conversations: number) {
  const { storage, writes } = recordingStorage(await seededStorage(conversations))
  const vault = await openVault(storage, passphrase)
  const current = await vault.get('conversation:0')
  if (!current) throw new Error('conversation 0 missing')
  await vault.put('conversation:0', conversation(0, messagesPerConversation + 1), {
    expectedRevision: current.revision,
  })
  // Web Storage counts UTF-16 code units: two bytes per character of key and value.
  const bytesOf = (kept: typeof writes) =>
    2 * kept.reduce((sum, write) => sum + write.key.length + (write.kind === 'set' ? write.value.length : 0), 0)
  const mapBytes = bytesOf(writes.filter((write) => write.key.startsWith('revisions:')))
  const bytes = bytesOf(writes)
  return { writes: writes.length, bytes, recordBytes: bytes - mapBytes, mapBytes }
}

const kdfMs = await median(() => deriveKeyAsUnlockDoes(passphrase))
const thousand = await seededStorage(1_000)
const unlockMs = await median(() => unlockAndDecryptAll(thousand))
// Unlocking alone includes comparing all 1,000 records with the revision map.
const openMs = await median(async () => (await openVault(thousand, passphrase)).lock())
const storedChars = thousand.keys().reduce((sum, key) => sum + key.length + (thousand.getItem(key)?.length ?? 0), 0)
const saveAt10 = await oneMessageSave(10)
const saveAt1000 = await oneMessageSave(1_000)

const rows: [string, string, string][] = [
  ['PBKDF2-SHA256 alone', `${defaultIterations.toLocaleString('en')} iterations`, `${kdfMs.toFixed(0)} ms`],
  [
    'unlock alone, 1,000 conversations',
    `${(openMs / kdfMs).toFixed(2)}x KDF: the KDF + checking the revision map`,
    `${openMs.toFixed(0)} ms`,
  ],
  [
    'unlock + decrypt 1,000 conversations',
    `${(unlockMs / kdfMs).toFixed(2)}x KDF (goal <= 1.20x: ${unlockMs / kdfMs <= 1.2 ? 'met' : 'not met'})`,
    `${unlockMs.toFixed(0)} ms`,
  ],
  [
    '  above the KDF (read, verify, decrypt)',
    `${((unlockMs - kdfMs) / 1_000).toFixed(3)} ms per conversation`,
    `${(unlockMs - kdfMs).toFixed(0)} ms`,
  ],
  [
    'stored for 1,000 conversations',
    `${messagesPerConversation} messages each`,
    `${((2 * storedChars) / 1024 / 1024).toFixed(2)} MiB`,
  ],
  ...[saveAt10, saveAt1000].map((save, index): [string, string, string] => [
    `one message saved, ${index === 0 ? '10' : '1,000'} conversations`,
    `${save.writes} writes: record ${save.recordBytes} + revision map ${save.mapBytes} bytes`,
    `${save.bytes} bytes`,
  ]),
  [
    'bytes per save vs history size',
    saveAt1000.recordBytes === saveAt10.recordBytes
      ? 'record: same; map: one bucket of 64 grows with the history'
      : 'the record itself differs',
    `${saveAt1000.bytes - saveAt10.bytes} bytes apart`,
  ],
]
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)))
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  |  ')
console.log(
  `@rialto/vault benchmark — Node ${process.version}, median of ${runs} runs, bytes as UTF-16 (how browsers count)`,
)
console.log(line(['measure', 'detail', 'result']))
console.log(widths.map((width) => '-'.repeat(width)).join('--+--'))
for (const row of rows) console.log(line(row))
