import { devnet } from '@rialto/contracts-abi/chains'
import { maxUint256 } from '@rialto/protocol/actions'
import { parseEther } from 'viem'
import { assert, describe, expect, it } from 'vitest'
import { isUnlimitedAllowance, stakePlan } from './stake-plan'

const me = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const base = { chainId: devnet.id, recipient: me, amountWei: parseEther('10'), unlimited: false, batch: false } as const

describe('stakePlan', () => {
  it('stakes straight away when the allowance covers the amount', () => {
    const plan = stakePlan({ ...base, allowanceWei: parseEther('10') })
    expect(plan.steps.map(({ call }) => [call.functionName, call.args])).toEqual([['stake', [me, parseEther('10')]]])
    expect(plan.label).toBe('Stake 10 VVV')
  })

  it('approves exactly the amount first by default', () => {
    const plan = stakePlan({ ...base, allowanceWei: parseEther('1') })
    expect(plan.steps.map(({ call }) => [call.functionName, call.args[1]])).toEqual([
      ['approve', parseEther('10')],
      ['stake', parseEther('10')],
    ])
    expect(plan.batch).toBe(false)
  })

  it('approves without limit only when asked, and batches when the wallet can', () => {
    const plan = stakePlan({ ...base, allowanceWei: 0n, unlimited: true, batch: true })
    assert(plan.steps.length === 2, 'an approval comes before the stake')
    expect(plan.steps[0].call.args[1]).toBe(maxUint256)
    expect(plan.batch).toBe(true)
  })
})

describe('isUnlimitedAllowance', () => {
  it('treats a spent-down max approval as unlimited', () => {
    expect(isUnlimitedAllowance(maxUint256 - parseEther('5'))).toBe(true)
    expect(isUnlimitedAllowance(parseEther('1000000000'))).toBe(false)
  })
})
