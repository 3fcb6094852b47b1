import { devnet } from '@rialto/contracts-abi/chains'
import { type SafeContracts, safeContracts } from '@rialto/contracts-abi/safe'
import { getSingletonFactoryInfo } from '@safe-global/safe-singleton-factory'
import {
  type Address,
  concatHex,
  encodePacked,
  getAddress,
  getContractAddress,
  type Hex,
  keccak256,
  zeroHash,
} from 'viem'
import { treasuryAccount } from './accounts'
import { DevnetError } from './anvil'
import { readSafeArtifact, type SafeContractName } from './artifacts'
import type { DevnetSession } from './session'

/** What each Safe 1.4.1 contract is called in @rialto/contracts-abi and in the npm build artifacts. */
const safeDeployments = [
  ['safe', 'Safe'],
  ['safeL2', 'SafeL2'],
  ['safeProxyFactory', 'SafeProxyFactory'],
  ['multiSend', 'MultiSend'],
  ['multiSendCallOnly', 'MultiSendCallOnly'],
  ['compatibilityFallbackHandler', 'CompatibilityFallbackHandler'],
] as const satisfies readonly (readonly [keyof SafeContracts, SafeContractName])[]

/** Safe's own deploy scripts deploy through the singleton factory with a zero salt: so do we, for its addresses. */
const salt = zeroHash

/** The Safe singleton factory for chain 31337: its pre-signed deployment, made for a new chain like ours. */
export function singletonFactory() {
  const info = getSingletonFactoryInfo(devnet.id)
  if (!info) throw new DevnetError(`@safe-global/safe-singleton-factory has no deployment for chain ${devnet.id}`)
  return {
    address: getAddress(info.address),
    deployer: getAddress(info.signerAddress),
    transaction: info.transaction as Hex,
    costWei: BigInt(info.gasPrice) * BigInt(info.gasLimit),
  }
}

/**
 * Puts the Safe{Wallet} 1.4.1 contracts at their mainnet addresses: funds the singleton factory's deployer,
 * sends its pre-signed transaction, then CREATE2s each contract's npm bytecode through the factory.
 */
export async function deploySafe(session: DevnetSession): Promise<void> {
  const { publicClient, testClient, walletFor, confirm } = session
  const factory = singletonFactory()
  const hasCode = async (address: Address) => ((await publicClient.getCode({ address })) ?? '0x') !== '0x'

  if (!(await hasCode(factory.address))) {
    await testClient.setBalance({ address: factory.deployer, value: factory.costWei })
    await confirm(publicClient.sendRawTransaction({ serializedTransaction: factory.transaction }))
    if (!(await hasCode(factory.address))) {
      throw new DevnetError(`the Safe singleton factory did not land at ${factory.address}`)
    }
  }

  const expected = safeContracts[devnet.id]
  for (const [key, name] of safeDeployments) {
    const { bytecode } = readSafeArtifact(name)
    const address = getContractAddress({ opcode: 'CREATE2', from: factory.address, salt, bytecode })
    if (address !== getAddress(expected[key])) {
      throw new DevnetError(
        `${name} would land at ${address}, but @rialto/contracts-abi expects ${expected[key]}: ` +
          'its bytecode is not the one Safe deployed (check the @safe-global/safe-contracts version).',
      )
    }
    if (await hasCode(address)) continue
    await confirm(
      walletFor(treasuryAccount).sendTransaction({ to: factory.address, data: concatHex([salt, bytecode]) }),
    )
    if (!(await hasCode(address))) throw new DevnetError(`the factory did not deploy ${name} at ${address}`)
  }
}

/**
 * Where SafeProxyFactory 1.4.1's createProxyWithNonce puts a proxy: CREATE2 from the factory, salted with the
 * initializer's hash and the salt nonce, over the proxy's creation code followed by the singleton's address.
 */
export function predictSafeProxyAddress(singleton: Address, initializer: Hex, saltNonce: bigint): Address {
  return getContractAddress({
    opcode: 'CREATE2',
    from: safeContracts[devnet.id].safeProxyFactory,
    salt: keccak256(encodePacked(['bytes32', 'uint256'], [keccak256(initializer), saltNonce])),
    bytecode: encodePacked(['bytes', 'uint256'], [readSafeArtifact('SafeProxy').bytecode, BigInt(singleton)]),
  })
}
