import { forwardToVenice } from '../../../../features/chat/pass-through/forward-to-venice'

/**
 * Same-origin pass-through to the Venice API, used only when the user picks it (or accepts it after the browser
 * blocked a direct call). It stores and logs nothing; see `forwardToVenice`.
 */

type RouteContext = { params: Promise<{ path: string[] }> }

// Every call is a live answer for one user: never cached, never pre-rendered.
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: RouteContext) {
  return forwardToVenice(request, (await params).path)
}

export async function POST(request: Request, { params }: RouteContext) {
  return forwardToVenice(request, (await params).path)
}
