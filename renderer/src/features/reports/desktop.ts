/** The desktop app (Electron) saves to a file it can open afterwards; a browser only downloads. */
export function isDesktop(): boolean {
  return /\bElectron\//.test(navigator.userAgent);
}
