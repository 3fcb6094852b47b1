/** Every React Query key of the chat starts with this, so a lock can drop them all at once. */
export const chatQueryKeyRoot = ['chat'] as const
