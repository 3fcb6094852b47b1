import defaultMdxComponents from 'fumadocs-ui/mdx'
import type { MDXComponents } from 'mdx/types'
import { AprExample } from '@/components/figures/apr-example'
import { Assumption } from '@/components/figures/assumption'
import { ContractAddresses } from '@/components/figures/contract-addresses'
import { EmissionScheduleTable } from '@/components/figures/emission-schedule-table'
import { MintExample } from '@/components/figures/mint-example'
import { MintRateTable } from '@/components/figures/mint-rate-table'

/** What every page can use without an import: Fumadocs' defaults and the figures computed from the packages. */
export function getMDXComponents(components?: MDXComponents): MDXComponents {
  return {
    ...defaultMdxComponents,
    AprExample,
    Assumption,
    ContractAddresses,
    EmissionScheduleTable,
    MintExample,
    MintRateTable,
    ...components,
  }
}
