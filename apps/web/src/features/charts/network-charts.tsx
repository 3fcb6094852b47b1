'use client'

import type { ChartsData } from './chart-data'

/** Placeholder until the charts land (charts-ui branch). */
export default function NetworkCharts(_props: ChartsData) {
  return <div data-testid="network-charts" />
}
