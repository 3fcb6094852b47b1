// Ponder's checkpoint string is fixed-width decimal: 10 digits of block timestamp, 16 of chain id, 16 of block number
// (then the position inside the block). Ponder's own /status decodes it the same way.
const timestampDigits = 10
const chainIdDigits = 16
const blockNumberDigits = 16

export function decodeIndexedAt(checkpoint: string): { block: bigint; timestamp: number } {
  const blockStart = timestampDigits + chainIdDigits
  return {
    timestamp: Number(checkpoint.slice(0, timestampDigits)),
    block: BigInt(checkpoint.slice(blockStart, blockStart + blockNumberDigits)),
  }
}
