/**
 * The vault's only protection at rest is the passphrase (PBKDF2, 600,000 iterations): long enough to resist a
 * guessing attack on a copied browser profile, short enough to type.
 */
export const shortestPassphrase = 12

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Characters as a person sees them, in the NFC form the vault derives the key from: 'e' + a combining accent is
 * one character, not two code units.
 */
export function passphraseLength(passphrase: string): number {
  return Array.from(graphemes.segment(passphrase.normalize('NFC'))).length
}

/** A sentence saying why a new passphrase cannot be used yet, or `undefined` when it can. */
export function newPassphraseProblem(passphrase: string, confirmation: string): string | undefined {
  const length = passphraseLength(passphrase)
  if (length < shortestPassphrase) {
    return `Use at least ${shortestPassphrase} characters (this one has ${length}): a few words you will remember work well.`
  }
  if (passphrase.trim() === '') return 'The passphrase cannot be only spaces.'
  // Both Unicode forms of the same text derive the same key.
  if (confirmation.normalize('NFC') !== passphrase.normalize('NFC')) return 'The two passphrases are not the same.'
  return undefined
}

/** Typed by the user before a wipe, so that it can never be one careless click. */
export const wipeConfirmationWord = 'wipe'
