'use client'

import dynamic from 'next/dynamic'
import { useEffect, useRef, useState } from 'react'
import type { ChartsData } from './chart-data'

// Recharts and the chart code are not in `/`'s first load: they load when the charts are about to be seen.
const NetworkCharts = dynamic(() => import('./network-charts'), { ssr: false, loading: ChartsPlaceholder })

/** Starts loading a little before the charts scroll into view, so they are drawn by the time they are seen. */
const preloadMargin = '400px'

export function LazyNetworkCharts({ data }: { data: ChartsData }) {
  const anchor = useRef<HTMLDivElement>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = anchor.current
    if (!element || near) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: preloadMargin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near])
  return <div ref={anchor}>{near ? <NetworkCharts {...data} /> : <ChartsPlaceholder />}</div>
}

function ChartsPlaceholder() {
  return (
    <div
      className="h-96 animate-pulse rounded-2xl border border-white/10 bg-white/[0.03]"
      data-testid="charts-placeholder"
      aria-hidden="true"
    />
  )
}
