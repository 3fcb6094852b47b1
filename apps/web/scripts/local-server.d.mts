import type { ChildProcess } from 'node:child_process'

export function waitForHttp(url: string, server: ChildProcess, options?: { timeoutMs?: number }): Promise<void>

export function freePort(): Promise<number>
