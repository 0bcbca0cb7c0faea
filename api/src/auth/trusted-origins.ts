/** The panel's own origins (it proxies /api, so the browser's Origin is the panel's) plus PUBLIC_URL. */
export function trustedOrigins(panelPort: number, publicUrl: string | undefined): string[] {
  const origins = [`http://localhost:${panelPort}`, `http://127.0.0.1:${panelPort}`];
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  return origins;
}
