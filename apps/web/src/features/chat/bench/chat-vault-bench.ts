import { createVault } from '@rialto/vault/create-vault'
import { StorageFullError } from '@rialto/vault/errors'
import { localStorageAdapter } from '@rialto/vault/local-storage-adapter'
import { openVault } from '@rialto/vault/open-vault'
import type { VaultStorage } from '@rialto/vault/storage'
import { defaultIterations, deriveKeyAsUnlockDoes } from '@rialto/vault/testing/key-derivation'
import { memoryStorage } from '@rialto/vault/testing/memory-storage'
import { timePaired } from '@rialto/vault/testing/paired-timing'
import { recordingStorage } from '@rialto/vault/testing/recording-storage'
import { wipeVault } from '@rialto/vault/wipe-vault'
import {
  type Conversation,
  conversationToJson,
  newConversation,
  type StoredMessage,
  withMessage,
} from '../conversations/conversation'
import { indexToJson, newestFirst, summaryOf } from '../conversations/conversation-index'
import { type ChatStore, conversationRecordId, createChatStore, recordIds } from '../store/chat-store'

/**
 * What the chat's vault costs in a real browser: the KDF alone, an unlock as the chat does it (open the vault,
 * decrypt the index and the newest conversation), decrypting every conversation, and the bytes one message save
 * writes. Each unlock is timed in the same iteration as a KDF and compared with that one. Figures, not a test.
 */

const passphrase = 'correct horse battery staple'
const messagesPerConversation = 12
const pairs = 9
/** /chat's goal: unlocking costs at most this many times the KDF it cannot avoid. */
const unlockGoalRatio = 1.1
/** Not the chat's own namespace: the benchmark never touches the user's vault. */
const benchNamespace = 'rialto-vault-bench'

export type BenchRow = { measure: string; detail: string; result: string }
export type BenchReport = { storage: string; pairs: number; rows: BenchRow[] }

function syntheticConversation(index: number, messages = messagesPerConversation): Conversation {
  // Fixed-width numbers: every conversation is the same size, so 10 and 1,000 compare like for like.
  const label = String(index).padStart(4, '0')
  const at = 1_760_000_000_000 + index * 1_000
  const message = (n: number): StoredMessage => ({
    id: `m-${label}-${String(n).padStart(2, '0')}`,
    role: n % 2 === 0 ? 'user' : 'assistant',
    content: `Message ${String(n).padStart(2, '0')} of conversation ${label}. `.repeat(3),
    at: at + n,
  })
  let conversation = newConversation(`bench-${label}`, message(0))
  for (let n = 1; n < messages; n++) conversation = withMessage(conversation, message(n))
  return { ...conversation, title: `Conversation ${label}` }
}

/** Stores `count` conversations and their index, as the chat would have left them. */
async function seed(storage: VaultStorage, count: number): Promise<string> {
  const vault = await createVault(storage, passphrase)
  const conversations = Array.from({ length: count }, (_, index) => syntheticConversation(index))
  for (const conversation of conversations) {
    await vault.put(conversationRecordId(conversation.id), conversationToJson(conversation))
  }
  await vault.put(recordIds.index, indexToJson({ conversations: newestFirst(conversations.map(summaryOf)) }))
  vault.lock()
  return newestFirst(conversations.map(summaryOf))[0]?.id ?? ''
}

/** localStorage when the 1,000 conversations fit beside what the origin already holds, else the vault's memory storage. */
async function seededStorage(count: number): Promise<{ storage: VaultStorage; label: string; newestId: string }> {
  const inBrowser = localStorageAdapter(window.localStorage, benchNamespace)
  wipeVault(inBrowser)
  try {
    return { storage: inBrowser, label: 'localStorage', newestId: await seed(inBrowser, count) }
  } catch (error) {
    wipeVault(inBrowser)
    if (!(error instanceof StorageFullError)) throw error
    const inMemory = memoryStorage()
    return { storage: inMemory, label: 'memory (localStorage quota too small)', newestId: await seed(inMemory, count) }
  }
}

async function bytesPerSave(storage: VaultStorage, conversationId: string): Promise<{ writes: number; bytes: number }> {
  const recorded = recordingStorage(storage)
  const store = createChatStore(await openVault(recorded.storage, passphrase))
  await store.addMessage(conversationId, {
    id: crypto.randomUUID(),
    role: 'user',
    content: 'One more message. '.repeat(3),
    at: Date.now(),
  })
  // Web Storage counts UTF-16 code units: two bytes per character of key and value.
  const characters = recorded.writes.reduce(
    (sum, write) => sum + write.key.length + (write.kind === 'set' ? write.value.length : 0),
    0,
  )
  return { writes: recorded.writes.length, bytes: 2 * characters }
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
/** Medians over the pairs of the ratio to, and the difference from, the KDF timed in the same iteration. */
const paired = ({ ratio, differenceMs }: { ratio: number; differenceMs: number }) =>
  `${ratio.toFixed(2)}x the KDF of its pair, ${ms(differenceMs)} above it`

async function readEveryConversation(store: ChatStore) {
  const summaries = await store.readIndex()
  const all = await Promise.all(summaries.map((summary) => store.readConversation(summary.id)))
  if (all.some((conversation) => conversation === undefined)) throw new Error('A conversation went missing.')
}

export async function runChatVaultBench(progress: (step: string) => void = () => {}): Promise<BenchReport> {
  progress('seeding 1,000 conversations')
  const thousand = await seededStorage(1_000)
  const openHandle = await openVault(thousand.storage, passphrase)
  const unlocked = createChatStore(openHandle)

  progress('timing the KDF, then each unlock, in every iteration')
  const kdf = () => deriveKeyAsUnlockDoes(passphrase)
  // One run per unlock: decrypting all 1,000 leaves garbage that would slow the KDF timed after it.
  const pairedWithKdf = async (unlock: () => Promise<unknown>) => {
    const { baselineMs, tasks } = await timePaired(kdf, [unlock], pairs)
    const [task] = tasks
    if (!task) throw new Error('A measurement is missing.')
    return { kdfMs: baselineMs, ...task }
  }
  const asChat = await pairedWithKdf(async () => {
    const vault = await openVault(thousand.storage, passphrase)
    const store = createChatStore(vault)
    const [newest] = await store.readIndex()
    if (newest) await store.readConversation(newest.id)
    vault.lock()
  })
  const unlock = await pairedWithKdf(async () => {
    const vault = await openVault(thousand.storage, passphrase)
    await createChatStore(vault).readIndex()
    vault.lock()
  })
  const everything = await pairedWithKdf(async () => {
    const vault = await openVault(thousand.storage, passphrase)
    await readEveryConversation(createChatStore(vault))
    vault.lock()
  })
  // The parts above the KDF, on a vault already open (the baseline here is the index read).
  const {
    baselineMs: indexMs,
    tasks: [everyConversation],
  } = await timePaired(() => unlocked.readIndex(), [() => readEveryConversation(unlocked)], pairs)
  if (!everyConversation) throw new Error('A measurement is missing.')
  const kdfMs = asChat.kdfMs

  openHandle.lock()

  const storedBytes = thousand.storage
    .keys()
    .reduce((sum, key) => sum + 2 * (key.length + (thousand.storage.getItem(key)?.length ?? 0)), 0)

  progress('bytes per save')
  const saveAt1000 = await bytesPerSave(thousand.storage, thousand.newestId)
  const otherAt1000 = await bytesPerSave(thousand.storage, syntheticConversation(0).id)
  wipeVault(thousand.storage)
  const ten = await seededStorage(10)
  const saveAt10 = await bytesPerSave(ten.storage, ten.newestId)
  wipeVault(ten.storage)

  return {
    storage: thousand.label,
    pairs,
    rows: [
      {
        measure: 'PBKDF2-SHA256 alone',
        detail: `${defaultIterations.toLocaleString('en')} iterations`,
        result: ms(kdfMs),
      },
      {
        measure: 'unlock: open vault + decrypt index',
        detail: `1,000 conversations, ${paired(unlock)}`,
        result: ms(unlock.medianMs),
      },
      {
        measure: '  of which: read + decrypt the index',
        detail: 'on an open vault (index of 1,000 entries)',
        result: ms(indexMs),
      },
      {
        measure: 'unlock as /chat does it',
        detail: `+ open the newest conversation, ${paired(asChat)}`,
        result: ms(asChat.medianMs),
      },
      {
        measure: `  goal: unlock as /chat does it <= ${unlockGoalRatio}x the KDF alone`,
        detail: asChat.ratio <= unlockGoalRatio ? 'met' : 'not met',
        result: `${asChat.ratio.toFixed(2)}x`,
      },
      {
        measure: 'unlock + decrypt all 1,000',
        detail: paired(everything),
        result: ms(everything.medianMs),
      },
      {
        measure: '  of which: decrypt 1,000 conversations',
        detail: `on an open vault, ${(everyConversation.medianMs / 1_000).toFixed(3)} ms each`,
        result: ms(everyConversation.medianMs),
      },
      {
        measure: 'stored for 1,000 conversations',
        detail: `${messagesPerConversation} messages each, plus the index`,
        result: `${(storedBytes / 1024 / 1024).toFixed(2)} MiB`,
      },
      {
        measure: 'one message saved, 10 conversations',
        detail: `${saveAt10.writes} write(s), to the open conversation`,
        result: `${saveAt10.bytes} bytes`,
      },
      {
        measure: 'one message saved, 1,000 conversations',
        detail: `${saveAt1000.writes} write(s), to the open conversation`,
        result: `${saveAt1000.bytes} bytes`,
      },
      {
        measure: '  same, to a conversation not on top',
        detail: `${otherAt1000.writes} write(s): it moves to the top, so the index is rewritten`,
        result: `${otherAt1000.bytes} bytes`,
      },
    ],
  }
}
