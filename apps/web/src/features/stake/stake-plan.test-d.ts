// Type tests, checked by `tsc` (`pnpm typecheck`): a plan keeps each call's ABI types, so reading an argument
// needs no cast and no `?.`. If the plan erased them again (`args?: readonly unknown[]`), these stop compiling.
import { devnet } from '@rialto/contracts-abi/chains'
import type { Address } from 'viem'
import { expectTypeOf } from 'vitest'
import { stakePlan } from './stake-plan'

const plan = stakePlan({
  chainId: devnet.id,
  recipient: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  amountWei: 10n,
  allowanceWei: 0n,
  unlimited: false,
  batch: false,
})

// The stake is the last step either way; the approval exists only in the two-step plan.
if (plan.steps.length === 2) {
  const [approve, stake] = plan.steps
  expectTypeOf(approve.call.functionName).toEqualTypeOf<'approve'>()
  expectTypeOf(approve.call.args).toExtend<readonly [Address, bigint]>()
  expectTypeOf(stake.call.functionName).toEqualTypeOf<'stake'>()
  expectTypeOf(plan.steps[1].call.args).toEqualTypeOf<readonly [Address, bigint]>()
  expectTypeOf(plan.steps[1].call.args[1]).toEqualTypeOf<bigint>()
} else {
  expectTypeOf(plan.steps).toEqualTypeOf<readonly [(typeof plan.steps)[0]]>()
  expectTypeOf(plan.steps[0].call.functionName).toEqualTypeOf<'stake'>()
  expectTypeOf(plan.steps[0].call.args[1]).toEqualTypeOf<bigint>()
}
