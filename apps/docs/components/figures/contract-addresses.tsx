import { safeContracts, safeVersion } from '@rialto/contracts-abi/safe'
import Link from 'next/link'
import { documentedChains, documentedContracts } from '@/lib/contracts'

const safeLabels = [
  { key: 'safe', label: 'Safe' },
  { key: 'safeL2', label: 'SafeL2' },
  { key: 'safeProxyFactory', label: 'SafeProxyFactory' },
  { key: 'multiSend', label: 'MultiSend' },
  { key: 'multiSendCallOnly', label: 'MultiSendCallOnly' },
  { key: 'compatibilityFallbackHandler', label: 'CompatibilityFallbackHandler' },
] as const satisfies readonly { key: keyof (typeof safeContracts)[8453]; label: string }[]

type Row = { label: string; href?: string; byChain: Partial<Record<number, string>> }

function rows(): Row[] {
  const documented = documentedContracts.flatMap(({ slug, addresses }) => {
    const labels = [...new Set(Object.values(addresses).flatMap((list) => list.map(({ label }) => label)))]
    return labels.map((label) => ({
      label,
      href: `/reference/contracts/${slug}`,
      byChain: Object.fromEntries(
        documentedChains.map(({ id }) => [id, addresses[id]?.find((entry) => entry.label === label)?.address]),
      ),
    }))
  })
  // The Safe contracts Rialto has no ABI for still belong in the list: a treasury meets them in Safe{Wallet}.
  const listedSafeLabels = new Set(documented.map(({ label }) => label))
  const otherSafeContracts = safeLabels
    .filter(({ label }) => !listedSafeLabels.has(label))
    .map(({ key, label }) => ({
      label: `${label} (Safe ${safeVersion})`,
      byChain: Object.fromEntries(documentedChains.map(({ id }) => [id, safeContracts[id][key]])),
    }))
  return [...documented, ...otherSafeContracts]
}

/** Every contract address Rialto uses, on Base and on the devnet, from @rialto/contracts-abi. */
export function ContractAddresses() {
  return (
    <figure>
      <table>
        <caption>Contract addresses</caption>
        <thead>
          <tr>
            <th scope="col">contract</th>
            {documentedChains.map(({ id, name }) => (
              <th scope="col" key={id}>
                {name} ({id})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows().map(({ label, href, byChain }) => (
            <tr key={label}>
              <th scope="row">{href ? <Link href={href}>{label}</Link> : label}</th>
              {documentedChains.map(({ id }) => (
                <td key={id}>{byChain[id] ? <code>{byChain[id]}</code> : 'not deployed'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
