/** Rialto runs as a Safe App: inside the Safe web app's frame, where the Safe connector connects by itself. */
export const insideSafeApp = () => typeof window !== 'undefined' && window.parent !== window
