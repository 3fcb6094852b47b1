/** The UTC calendar day, 'YYYY-MM-DD', of a block timestamp in seconds: the key of every daily table. */
export function utcDay(timestampSeconds: bigint | number): string {
  return new Date(Number(timestampSeconds) * 1000).toISOString().slice(0, 10)
}
