export function foundryBinaryPath(tool: 'forge' | 'anvil'): string
export function forgeBinaryPath(): string
