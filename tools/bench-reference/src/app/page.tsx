'use client'

import { ConnectButton } from '@rainbow-me/rainbowkit'
import { Line, LineChart, XAxis, YAxis } from 'recharts'

const series = [
  { day: 'Mon', staked: 12 },
  { day: 'Tue', staked: 18 },
  { day: 'Wed', staked: 15 },
]

/** A connect button and one chart: the smallest page that uses both libraries. */
export default function ReferencePage() {
  return (
    <main>
      <ConnectButton />
      <LineChart width={480} height={240} data={series}>
        <XAxis dataKey="day" />
        <YAxis />
        <Line dataKey="staked" />
      </LineChart>
    </main>
  )
}
