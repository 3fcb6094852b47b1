import type { Server } from 'node:http'

export function serveDocs(port: number): Promise<Server>
