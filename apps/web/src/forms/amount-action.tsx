'use client'

import { AmountInput } from '@rialto/ui/amount-input'
import type { ReactNode } from 'react'
import { TransactionButton, type TransactionButtonProps } from '../wallet/transaction-flow/transaction-button'
import type { Confirmation, TxPlan } from '../wallet/transaction-flow/transaction-plan'
import type { AmountField } from './use-amount-field'

export type AmountActionProps = {
  /** Names the field (`<name>-amount`) and the button (`<name>-submit`), for labels and tests. */
  name: string
  field: AmountField
  label: string
  /** What can be used, beside the label: "Wallet: 12.5 VVV". */
  available: string
  /** The flow's stable name (see `TransactionButton`). */
  action: string
  plan: TxPlan | null
  /** Why nothing can be sent; defaults to the amount's own reason. */
  blockedReason?: string | null
  /** Called after the amount is cleared. */
  onConfirmed?: (confirmations: readonly Confirmation[]) => void | Promise<void>
  onAmountChange?: (text: string) => void
  variant?: TransactionButtonProps['variant']
  submitText: ReactNode
  /** What sits between the field and the button: previews, warnings, options. */
  children?: ReactNode
}

/** An amount field and the transaction button it feeds: the shape of every amount action in the app. */
export function AmountAction({
  name,
  field,
  label,
  available,
  action,
  plan,
  blockedReason = field.blockedReason,
  onConfirmed,
  onAmountChange,
  variant,
  submitText,
  children,
}: AmountActionProps) {
  return (
    <>
      <AmountInput
        id={`${name}-amount`}
        data-testid={`${name}-amount`}
        label={label}
        symbol={field.symbol}
        value={field.text}
        onChange={(text) => {
          field.setText(text)
          onAmountChange?.(text)
        }}
        onMax={field.fillMax}
        available={available}
        error={field.error}
      />
      {children}
      <TransactionButton
        action={action}
        data-testid={`${name}-submit`}
        variant={variant}
        plan={plan}
        blockedReason={blockedReason}
        onConfirmed={async (confirmations) => {
          field.clear()
          await onConfirmed?.(confirmations)
        }}
      >
        {submitText}
      </TransactionButton>
    </>
  )
}
