import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { base } from '@rialto/contracts-abi/chains'
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { burnDiemCall, claimCall, stakeCall } from './actions'
import { reviewCall, toRawCall } from './call-review'

const recipient = '0x1234567890AbcdEF1234567890aBcdef12345678'

describe('reviewCall', () => {
  it('decodes a stake back to its function, signature, selector and exact arguments', () => {
    const raw = toRawCall(stakeCall(base.id, recipient, parseEther('10')))
    expect(reviewCall(base.id, raw)).toEqual({
      ok: true,
      call: {
        ...raw,
        contract: 'Staking',
        functionName: 'stake',
        signature: 'stake(address recipient, uint256 amount)',
        selector: '0xadc9772e',
        args: [
          { name: 'recipient', type: 'address', value: recipient },
          { name: 'amount', type: 'uint256', value: '10000000000000000000' },
        ],
      },
    })
  })

  it('decodes a call without arguments', () => {
    const review = reviewCall(base.id, toRawCall(claimCall(base.id)))
    expect(review.ok && review.call.signature).toBe('claim()')
  })

  it('says so for a target that is not a Venice contract, or a selector the contract lacks', () => {
    const raw = toRawCall(burnDiemCall(base.id, 1n))
    expect(reviewCall(base.id, { ...raw, to: recipient })).toEqual({
      ok: false,
      reason: `${recipient} is not one of the Venice contracts.`,
    })
    expect(reviewCall(base.id, { ...raw, to: veniceContracts[base.id].vvv })).toEqual({
      ok: false,
      reason: 'The calldata is not a call VVV knows.',
    })
  })
})
