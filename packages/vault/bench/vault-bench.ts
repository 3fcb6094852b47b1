/**
 * Prints what the vault costs: the KDF alone, an unlock as /chat does it and an unlock + decrypt of 1,000
 * conversations (each timed in the same iteration as a KDF, and reported as the median ratio and difference of
 * those pairs), and bytes written per message save at 10 and 1,000 conversations. Figures, not a pass/fail test.
 * Run with `pnpm bench` (`--json` prints the rows as JSON).
 */
import { createVault } from '../src/create-vault'
import { openVault } from '../src/open-vault'
import type { VaultStorage } from '../src/storage'
import { defaultIterations, deriveKeyAsUnlockDoes } from '../src/testing/key-derivation'
import { memoryStorage } from '../src/testing/memory-storage'
import { timePaired } from '../src/testing/paired-timing'
import { recordingStorage } from '../src/testing/recording-storage'

const passphrase = 'correct horse battery staple'
const messagesPerConversation = 12
const pairs = 7
/** /chat's goal: unlocking costs at most this many times the KDF it cannot avoid. */
const unlockGoalRatio = 1.1
const indexId = 'index'

type Message = { role: string; content: string; at: number }

function conversation(index: number, messageCount = messagesPerConversation) {
  const messages: Message[] = Array.from({ length: messageCount }, (_, n) => ({
    role: n % 2 === 0 ? 'user' : 'assistant',
    content: `Message ${n} of conversation ${index}. `.repeat(3),
    at: 1_760_000_000_000 + n,
  }))
  return { title: `Conversation ${index}`, messages }
}

async function seededStorage(conversations: number): Promise<VaultStorage> {
  const storage = memoryStorage()
  const vault = await createVault(storage, passphrase)
  for (let index = 0; index < conversations; index++) await vault.put(`conversation:${index}`, conversation(index))
  // The chat keeps a list of its conversations in one record, read first on unlock.
  const titles = Array.from({ length: conversations }, (_, index) => conversation(index).title)
  await vault.put(indexId, { titles })
  vault.lock()
  return storage
}

/** What /chat does on unlock: open the vault, decrypt its index, decrypt the newest conversation. */
async function unlockAsChatDoes(storage: VaultStorage, newestId: string) {
  const vault = await openVault(storage, passphrase)
  const [index, newest] = [await vault.get(indexId), await vault.get(newestId)]
  if (!index || !newest) throw new Error('the index or the newest conversation went missing')
  vault.lock()
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

const thousand = await seededStorage(1_000)
const kdf = () => deriveKeyAsUnlockDoes(passphrase)
// One run per unlock: decrypting all 1,000 leaves garbage that would slow the KDF timed after it.
async function pairedWithKdf(unlock: () => Promise<unknown>) {
  const { baselineMs, tasks } = await timePaired(kdf, [unlock], pairs)
  const [task] = tasks
  if (!task) throw new Error('a paired measurement is missing')
  return { kdfMs: baselineMs, ...task }
}
const asChat = await pairedWithKdf(() => unlockAsChatDoes(thousand, 'conversation:999'))
const everything = await pairedWithKdf(() => unlockAndDecryptAll(thousand))
const kdfMs = asChat.kdfMs
const storedChars = thousand.keys().reduce((sum, key) => sum + key.length + (thousand.getItem(key)?.length ?? 0), 0)
const saveAt10 = await oneMessageSave(10)
const saveAt1000 = await oneMessageSave(1_000)

const pairedDetail = (ratio: number, differenceMs: number) =>
  `${ratio.toFixed(2)}x the KDF of the same pair, ${differenceMs.toFixed(1)} ms above it`
const rows: [string, string, string][] = [
  ['PBKDF2-SHA256 alone', `${defaultIterations.toLocaleString('en')} iterations`, `${kdfMs.toFixed(0)} ms`],
  [
    'unlock as /chat does it (1,000 conversations)',
    pairedDetail(asChat.ratio, asChat.differenceMs),
    `${asChat.medianMs.toFixed(0)} ms`,
  ],
  [
    `  goal: unlock as /chat does it <= ${unlockGoalRatio}x the KDF alone`,
    asChat.ratio <= unlockGoalRatio ? 'met' : 'not met',
    `${asChat.ratio.toFixed(2)}x`,
  ],
  [
    'unlock + decrypt all 1,000 conversations',
    pairedDetail(everything.ratio, everything.differenceMs),
    `${everything.medianMs.toFixed(0)} ms`,
  ],
  ['  above the KDF, per conversation', 'read, verify, decrypt', `${(everything.differenceMs / 1_000).toFixed(3)} ms`],
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
// `--json`: the rows alone, for the combined `pnpm bench` table at the root.
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ environment: `Node ${process.version}`, pairs, rows }))
  process.exit(0)
}
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)))
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  |  ')
console.log(
  `@rialto/vault benchmark — Node ${process.version}, medians of ${pairs} pairs (a KDF, then the unlock, in one` +
    ' iteration, after a warm-up), bytes as UTF-16 (how browsers count)',
)
console.log(line(['measure', 'detail', 'result']))
console.log(widths.map((width) => '-'.repeat(width)).join('--+--'))
for (const row of rows) console.log(line(row))
