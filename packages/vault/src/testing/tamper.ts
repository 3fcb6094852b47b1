/**
 * A stored record with the first character of its ciphertext changed, always to a different one: swapping in a
 * fixed letter would leave 1 record in 64 untouched (and the test that relies on the damage would flake).
 */
export function damageCiphertext(storedRecord: string): string {
  return storedRecord.replace(/"ct":"(.)/, (_match, first: string) => `"ct":"${first === 'A' ? 'B' : 'A'}`)
}
