import type { Position } from '@rialto/protocol/position'
import { type Address, parseEther, parseUnits } from 'viem'

export const account0: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
export const account1: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const blockTime = Date.parse('2026-12-01T12:00:00Z') / 1000

/** A position whose every amount is distinct, so a column read from the wrong field shows. */
function position(seed: bigint, unstaking: { vvv: bigint; diem: bigint }): Position {
  const wei = (n: bigint) => seed * 1_000n + n
  return {
    blockNumber: 1234n,
    timestamp: BigInt(blockTime),
    vvv: { balance: wei(1n), allowanceToStaking: wei(2n) },
    staking: {
      balance: wei(3n),
      unlocked: wei(4n),
      locked: wei(5n),
      outstandingDiem: wei(6n),
      pendingRewards: wei(7n),
      unstake: { amount: unstaking.vvv, cooldownEnd: BigInt(blockTime + 86_400) },
    },
    diem: {
      balance: wei(8n),
      staked: parseUnits('1.239', 18) * seed,
      unstake: { amount: unstaking.diem, cooldownEnd: BigInt(blockTime + 3_600) },
    },
    network: {
      totalStaked: 0n,
      totalLocked: 0n,
      emissionRatePerSecond: 0n,
      cooldownDuration: 0n,
      diemSupply: 0n,
      diemTotalStaked: 0n,
      diemCooldownDuration: 0n,
    },
  }
}

export const first = position(1n, { vvv: parseEther('2.5'), diem: 0n })
export const second = position(2n, { vvv: 0n, diem: 1n })
