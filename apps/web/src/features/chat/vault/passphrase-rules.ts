/**
 * The vault's only protection at rest is the passphrase (PBKDF2, 600,000 iterations): long enough to resist a
 * guessing attack on a copied browser profile, short enough to type.
 */
export const shortestPassphrase = 12

/** A sentence saying why a new passphrase cannot be used yet, or `undefined` when it can. */
export function newPassphraseProblem(passphrase: string, confirmation: string): string | undefined {
  if (passphrase.length < shortestPassphrase) {
    return `Use at least ${shortestPassphrase} characters: a few words you will remember work well.`
  }
  if (passphrase.trim() === '') return 'The passphrase cannot be only spaces.'
  if (confirmation !== passphrase) return 'The two passphrases are not the same.'
  return undefined
}

/** Typed by the user before a wipe, so that it can never be one careless click. */
export const wipeConfirmationWord = 'wipe'
