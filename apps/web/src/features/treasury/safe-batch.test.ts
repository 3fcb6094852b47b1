import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet } from '@rialto/contracts-abi/chains'
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { batchName, batchSteps } from './safe-batch'

const safe = '0x1234567890AbcdEF1234567890aBcdef12345678'
const { vvv, staking, diem } = veniceContracts[devnet.id]

describe('batchSteps', () => {
  it('gives a stake its exact approval, for the Safe, followed by what comes next in order', () => {
    const steps = batchSteps(devnet.id, safe, [
      { kind: 'stake', amountWei: parseEther('500') },
      { kind: 'mint-diem', amountWei: parseEther('300'), minDiemOutWei: parseEther('0.5') },
      { kind: 'stake-diem', amountWei: parseEther('0.5') },
    ])
    expect(steps.map(({ label }) => label)).toEqual([
      'Approve 500 VVV',
      'Stake 500 VVV',
      'Mint at least 0.5 DIEM with 300 sVVV',
      'Stake 0.5 DIEM',
    ])
    expect(steps.map(({ call }) => [call.address, call.functionName])).toEqual([
      [vvv, 'approve'],
      [staking, 'stake'],
      [staking, 'mintDiem'],
      [diem, 'stake'],
    ])
    const args = steps.map(({ call }) => ('args' in call ? call.args : []))
    expect(args.slice(0, 3)).toEqual([
      [staking, parseEther('500')],
      [safe, parseEther('500')],
      [parseEther('300'), parseEther('0.5')],
    ])
  })

  it('covers the actions without an amount', () => {
    const steps = batchSteps(devnet.id, safe, [
      { kind: 'claim' },
      { kind: 'claim-and-stake' },
      { kind: 'finalize-unstake' },
      { kind: 'unstake-diem' },
    ])
    expect(steps.map(({ call }) => call.functionName)).toEqual(['claim', 'claimAndStake', 'finalizeUnstake', 'unstake'])
  })
})

describe('batchName', () => {
  it('names the batch by its actions', () => {
    expect(batchName([{ kind: 'stake', amountWei: 1n }, { kind: 'claim' }])).toBe('Stake VVV, then Claim rewards')
  })
})
