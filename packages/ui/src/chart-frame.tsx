import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react'
import { classNames } from './class-names'

export type ChartRangeOption<Value extends string> = { value: Value; label: string }

export type ChartRangePicker<Value extends string> = {
  options: readonly ChartRangeOption<Value>[]
  value: Value
  onChange: (value: Value) => void
}

/** A table of exactly the figures the chart draws: text, so every digit can be read and copied. */
export type ChartTable = {
  caption: string
  /** The first column heads each row (`<th scope="row">`). */
  columns: readonly { label: string; numeric?: boolean }[]
  rows: readonly { key: string; cells: readonly ReactNode[] }[]
}

export type ChartFrameProps<Range extends string> = {
  /** `chart-<name>` on the section, `chart-<name>-table` on the (first) table. */
  name: string
  title: ReactNode
  /** The "as of block N" line. */
  asOf?: ReactNode
  range?: ChartRangePicker<Range>
  /** Shown instead of the chart and its tables, saying why there is nothing to draw. */
  empty?: ReactNode
  /** Figures that do not depend on the view, above it (e.g. today's values). */
  summary?: ReactNode
  /** Tables for the Table view; a second table gets `chart-<name>-table-2`, and so on. */
  tables?: readonly ChartTable[]
  /** Below the view (e.g. a calculator). */
  footer?: ReactNode
  /** The chart(s); without them only the tables are shown and there is no Chart | Table toggle. */
  children?: ReactNode
}

type View = 'chart' | 'table'

/** The frame every chart card shares: title, as-of line, range picker, Chart | Table toggle and an empty state. */
export function ChartFrame<Range extends string>({
  name,
  title,
  asOf,
  range,
  empty,
  summary,
  tables = [],
  footer,
  children,
}: ChartFrameProps<Range>) {
  const [view, setView] = useState<View>('chart')
  const titleId = useId()
  const hasChart = children !== undefined && children !== null
  const shown: View = hasChart ? view : 'table'
  return (
    <section
      aria-labelledby={titleId}
      data-testid={`chart-${name}`}
      className="flex flex-col gap-4 rounded-2xl border border-white/10 bg-white/[0.03] p-6 shadow-lg shadow-black/20"
    >
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h2 id={titleId} className="text-sm font-medium uppercase tracking-wider text-slate-400">
            {title}
          </h2>
          {asOf ? (
            <p className="font-mono text-xs text-slate-400" data-testid={`chart-${name}-as-of`}>
              {asOf}
            </p>
          ) : null}
        </div>
        {empty ? null : (
          <div className="flex flex-wrap items-center gap-2">
            {range ? <RangePicker label="Range" {...range} /> : null}
            {hasChart && tables.length > 0 ? (
              <SegmentedButtons
                label="View"
                options={[
                  { value: 'chart', label: 'Chart' },
                  { value: 'table', label: 'Table' },
                ]}
                value={view}
                onChange={setView}
              />
            ) : null}
          </div>
        )}
      </header>
      {summary}
      {empty ? (
        <div
          className="rounded-xl border border-dashed border-white/10 px-4 py-6 text-sm text-slate-300"
          data-testid={`chart-${name}-empty`}
        >
          {empty}
        </div>
      ) : shown === 'chart' ? (
        <div className="flex flex-col gap-6">{children}</div>
      ) : (
        <div className="flex flex-col gap-6">
          {tables.map((table, index) => (
            <DataTable
              key={table.caption}
              table={table}
              testId={index === 0 ? `chart-${name}-table` : `chart-${name}-table-${index + 1}`}
            />
          ))}
        </div>
      )}
      {footer}
    </section>
  )
}

function DataTable({ table, testId }: { table: ChartTable; testId: string }) {
  return (
    // A labelled region, focusable so that a keyboard can scroll a long table too.
    <section
      className="max-h-96 overflow-auto rounded-lg border border-white/10 focus-visible:outline focus-visible:outline-2 focus-visible:outline-amber-300"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      aria-label={table.caption}
    >
      <table data-testid={testId} className="w-full select-text border-collapse text-left text-sm">
        <caption className="px-3 py-2 text-left text-xs text-slate-400">{table.caption}</caption>
        <thead className="sticky top-0 bg-slate-900">
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={classNames('px-3 py-2 font-medium text-slate-300', column.numeric && 'text-right')}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-t border-white/5">
              {row.cells.map((cell, index) => {
                const numeric = table.columns[index]?.numeric
                const cellClasses = classNames(
                  'px-3 py-1.5 font-mono tabular-nums',
                  numeric ? 'text-right text-slate-100' : 'text-slate-300',
                )
                // Cells are positional: the column index is their identity.
                const key = table.columns[index]?.label ?? String(index)
                return index === 0 ? (
                  <th key={key} scope="row" className={classNames(cellClasses, 'font-normal')}>
                    {cell}
                  </th>
                ) : (
                  <td key={key} className={cellClasses}>
                    {cell}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

type SegmentedProps<Value extends string> = ChartRangePicker<Value> & { label: string }

/** The range: one choice of several, so a radiogroup (arrow keys move and choose, one tab stop). */
function RangePicker<Value extends string>({ label, options, value, onChange }: SegmentedProps<Value>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const selected = Math.max(
    0,
    options.findIndex((option) => option.value === value),
  )
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key]
    const edge = { Home: 0, End: options.length - 1 }[event.key]
    if (step === undefined && edge === undefined) return
    event.preventDefault()
    const next = edge ?? (selected + (step ?? 0) + options.length) % options.length
    const option = options[next]
    if (!option) return
    onChange(option.value)
    buttons.current[next]?.focus()
  }
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className="flex rounded-lg border border-white/10 bg-black/20 p-0.5"
      onKeyDown={onKeyDown}
    >
      {options.map((option, index) => (
        // biome-ignore lint/a11y/useSemanticElements: a button styled as a segment; role and aria-checked make it a radio.
        <button
          key={option.value}
          ref={(element) => {
            buttons.current[index] = element
          }}
          type="button"
          role="radio"
          aria-checked={index === selected}
          tabIndex={index === selected ? 0 : -1}
          onClick={() => onChange(option.value)}
          className={segmentClasses(index === selected)}
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}

/** Chart | Table: two toggle buttons, each its own tab stop, the one shown pressed. */
function SegmentedButtons<Value extends string>({ label, options, value, onChange }: SegmentedProps<Value>) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset.
    <div role="group" aria-label={label} className="flex rounded-lg border border-white/10 bg-black/20 p-0.5">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className={segmentClasses(option.value === value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  )
}

function segmentClasses(active: boolean) {
  return classNames(
    'h-7 rounded-md px-2.5 text-xs font-medium transition-colors motion-reduce:transition-none',
    'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-400',
    active ? 'bg-amber-500 text-slate-950' : 'text-slate-300 hover:bg-white/5',
  )
}
