import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Not found · Rialto' }

/** Next's default 404 paints a white page under our light header text; this one keeps the site's colours. */
export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-3 px-6 py-24">
      <h1 className="text-3xl font-semibold tracking-tight">This page could not be found.</h1>
      <p className="text-slate-400">
        <a className="text-amber-300 underline" href="/">
          Back to the dashboard
        </a>
      </p>
    </main>
  )
}
