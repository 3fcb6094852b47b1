import type { ReactNode } from 'react'
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { chartChrome } from './chart-palette'
import { type ChartRow, dateTick, downsampleRows } from './chart-rows'

export type ChartSeries<Row> = {
  key: keyof Row & string
  label: string
  color: string
  kind: 'line' | 'step' | 'area' | 'bar'
  /** A projection rather than a record. */
  dashed?: boolean
  axis?: 'left' | 'right'
}

export type ChartAxis = {
  label: string
  /** Axis ticks: short. */
  format: (value: number) => string
  /** The tooltip's value: more digits than a tick (the table has them all). Four decimals unless told. */
  detail?: (value: number) => string
  scale?: 'linear' | 'log'
}

const tooltipNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 4 })

export type ChartX<Row> =
  /** `x` is Unix seconds. */
  | { kind: 'time' }
  /** One slot per row (bars): `key` names the row's label, e.g. its month. */
  | { kind: 'category'; key: keyof Row & string; label: string }
  /** `x` is a plain quantity, e.g. DIEM supply. */
  | { kind: 'number'; label: string; format: (value: number) => string }

export type SeriesChartProps<Row extends ChartRow> = {
  rows: readonly Row[]
  series: readonly ChartSeries<Row>[]
  /** What the chart shows, for people who cannot see it: the focusable chart's accessible name. */
  description: string
  x: ChartX<Row>
  left: ChartAxis
  right?: ChartAxis
  /** Reference marks (`ReferenceLine`, `ReferenceDot`) drawn over the series. */
  children?: ReactNode
  height?: number
}

/**
 * One Recharts chart with our axes, tooltip and colours. Lines are downsampled (LTTB) to `maxPointsPerLine`;
 * with bars every row is kept, since a bar per day or month must not vanish.
 */
export function SeriesChart<Row extends ChartRow>({
  rows,
  series,
  description,
  x,
  left,
  right,
  children,
  height = 260,
}: SeriesChartProps<Row>) {
  const hasBars = series.some((line) => line.kind === 'bar')
  const drawn = hasBars
    ? rows
    : downsampleRows(
        rows,
        series.map((line) => line.key),
      )
  const axisOf = (key: string) => (series.find((line) => line.key === key)?.axis === 'right' ? right : left)
  const xLabel = x.kind === 'time' ? 'Date (UTC)' : x.label
  const xKey: string = x.kind === 'category' ? x.key : 'x'
  return (
    // The points drawn per line, for the bench and the tests (long ranges are downsampled).
    <div style={{ height }} className="w-full" data-points={drawn.length}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={[...drawn]}
          accessibilityLayer
          title={description}
          aria-label={description}
          margin={{ top: 16, right: right ? 8 : 16, bottom: 20, left: 8 }}
        >
          <CartesianGrid stroke={chartChrome.grid} vertical={false} />
          {x.kind === 'category' ? (
            <XAxis dataKey={xKey} stroke={chartChrome.axis} fontSize={11} label={axisLabel(xLabel, 'bottom')} />
          ) : (
            <XAxis
              dataKey="x"
              type="number"
              domain={['dataMin', 'dataMax']}
              tickFormatter={x.kind === 'time' ? dateTick : x.format}
              stroke={chartChrome.axis}
              fontSize={11}
              label={axisLabel(xLabel, 'bottom')}
            />
          )}
          <YAxis
            yAxisId="left"
            scale={left.scale ?? 'linear'}
            domain={left.scale === 'log' ? ['auto', 'auto'] : undefined}
            tickFormatter={left.format}
            stroke={chartChrome.axis}
            fontSize={11}
            width={64}
            label={axisLabel(left.label, 'left')}
          />
          {right ? (
            <YAxis
              yAxisId="right"
              orientation="right"
              tickFormatter={right.format}
              stroke={chartChrome.axis}
              fontSize={11}
              width={64}
              label={axisLabel(right.label, 'right')}
            />
          ) : null}
          <Tooltip
            contentStyle={{
              background: chartChrome.tooltipBackground,
              border: `1px solid ${chartChrome.tooltipBorder}`,
              borderRadius: 8,
              fontSize: 12,
            }}
            labelFormatter={(label) => (x.kind === 'time' && typeof label === 'number' ? dateTick(label) : label)}
            formatter={(value, name, item) => {
              const detail = axisOf(String(item.dataKey))?.detail ?? tooltipNumber.format
              return [typeof value === 'number' ? detail(value) : String(value), name]
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12, paddingTop: 16 }} />
          {series.map((line) => seriesElement(line))}
          {children}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}

function seriesElement<Row>(line: ChartSeries<Row>) {
  // Widened to string: Recharts' typed keys cannot be checked against a generic row.
  const dataKey: string = line.key
  const common = {
    dataKey,
    name: line.label,
    yAxisId: line.axis ?? 'left',
    isAnimationActive: false,
  }
  switch (line.kind) {
    case 'bar':
      return <Bar key={dataKey} {...common} fill={line.color} />
    case 'area':
      return (
        <Area
          key={dataKey}
          {...common}
          type="linear"
          stroke={line.color}
          fill={line.color}
          fillOpacity={0.15}
          dot={false}
        />
      )
    case 'line':
    case 'step':
      return (
        <Line
          key={dataKey}
          {...common}
          type={line.kind === 'step' ? 'stepAfter' : 'linear'}
          stroke={line.color}
          strokeWidth={2}
          strokeDasharray={line.dashed ? '6 4' : undefined}
          dot={false}
          connectNulls={false}
        />
      )
  }
}

function axisLabel(value: string, position: 'bottom' | 'left' | 'right') {
  const vertical = position !== 'bottom'
  return {
    value,
    position:
      position === 'bottom'
        ? ('insideBottom' as const)
        : position === 'left'
          ? ('insideLeft' as const)
          : ('insideRight' as const),
    angle: vertical ? (position === 'left' ? -90 : 90) : 0,
    offset: position === 'bottom' ? -14 : 0,
    fill: chartChrome.axis,
    fontSize: 11,
    style: { textAnchor: 'middle' as const },
  }
}
