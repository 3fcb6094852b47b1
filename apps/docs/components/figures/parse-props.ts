import { parseEther } from 'viem'

/**
 * MDX props arrive as strings. A figure whose prop is not a number fails the build with this message, rather than
 * printing NaN on a page.
 */
export function decimalProp(component: string, prop: string, value: string): string {
  const trimmed = value.trim()
  if (!/^\d+(\.\d+)?$/.test(trimmed)) throw new Error(`<${component} ${prop}="${value}">: ${prop} must be a number.`)
  return trimmed
}

export const weiProp = (component: string, prop: string, value: string) =>
  parseEther(decimalProp(component, prop, value))

export const numberProp = (component: string, prop: string, value: string) =>
  Number(decimalProp(component, prop, value))

export const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 })
