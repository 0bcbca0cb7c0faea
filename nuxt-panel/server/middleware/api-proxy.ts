import { getRequestHeader, getRequestURL, proxyRequest, setResponseHeader, setResponseStatus } from 'h3';

/**
 * Forwards every /api request (any method, body, cookies, status, headers including
 * set-cookie) to the API at runtimeConfig.apiUrl (NUXT_API_URL, read at runtime), so the
 * browser sees one origin and better-auth's HTTP-only session cookie stays same-origin.
 */
export default defineEventHandler(async (event) => {
  const path = event.path;
  if (path !== '/api' && !path.startsWith('/api/') && !path.startsWith('/api?')) return;

  const apiUrl = String(useRuntimeConfig(event).apiUrl || 'http://127.0.0.1:3001').replace(/\/+$/, '');
  const url = getRequestURL(event);
  const accept = getRequestHeader(event, 'accept');
  const forwardedFor = [getRequestHeader(event, 'x-forwarded-for'), event.node.req.socket.remoteAddress]
    .filter(Boolean)
    .join(', ');

  try {
    return await proxyRequest(event, apiUrl + path, {
      headers: {
        ...(accept ? { accept } : {}),
        'x-forwarded-host': url.host,
        'x-forwarded-proto': url.protocol.replace(':', ''),
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      // Pass redirects through to the browser instead of following them here.
      fetchOptions: { redirect: 'manual' },
    });
  } catch (cause) {
    console.error(`[api-proxy] ${event.method} ${path} failed:`, cause);
    setResponseStatus(event, 502);
    setResponseHeader(event, 'content-type', 'application/json');
    return { error: { code: 'bad_gateway', message: `The panel could not reach the API (${apiUrl}).` } };
  }
});
