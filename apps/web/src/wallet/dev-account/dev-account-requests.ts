import * as v from 'valibot'
import { type Address, type Hex, isAddress, isHex } from 'viem'

/** The request parameters the dev account reads: they come from dapp code through EIP-1193, so they are checked. */

const hex = v.custom<Hex>((value) => typeof value === 'string' && isHex(value), 'Expected a hex string.')
const address = v.custom<Address>(
  (value) => typeof value === 'string' && isAddress(value, { strict: false }),
  'Expected an address.',
)

const callRequest = v.object({ to: address, data: v.optional(hex), value: v.optional(hex), gas: v.optional(hex) })
export type CallRequest = v.InferOutput<typeof callRequest>

export const requestParams = {
  eth_sendTransaction: v.looseTuple([callRequest]),
  wallet_sendCalls: v.looseTuple([
    v.looseObject({ calls: v.array(callRequest), atomicRequired: v.optional(v.boolean()) }),
  ]),
  // EIP-5792: the account asked about, then optionally the chains; both may be left out.
  wallet_getCapabilities: v.looseTuple([v.optional(address)]),
  wallet_switchEthereumChain: v.looseTuple([v.looseObject({ chainId: hex })]),
  wallet_getCallsStatus: v.looseTuple([v.string()]),
  personal_sign: v.looseTuple([hex, v.string()]),
  eth_signTypedData_v4: v.looseTuple([v.string(), v.string()]),
} as const

/** The parameters of `method`, or an EIP-1193 "invalid params" error (-32602) that says what was wrong. */
export function parseRequestParams<Method extends keyof typeof requestParams>(
  method: Method,
  params: unknown,
): v.InferOutput<(typeof requestParams)[Method]> {
  const parsed = v.safeParse(requestParams[method], params)
  if (parsed.success) return parsed.output
  const issue = parsed.issues[0]?.message ?? 'unreadable parameters'
  throw Object.assign(new Error(`${method}: ${issue}`), { code: -32602 })
}
