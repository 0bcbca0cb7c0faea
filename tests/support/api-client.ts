import type { ApiErrorBody } from '@stellarstack/contracts';

export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    const message = (body as Partial<ApiErrorBody> | undefined)?.error?.message ?? JSON.stringify(body);
    super(`${what} → ${status}: ${message}`);
    this.name = 'ApiCallError';
  }
}

/**
 * Calls the API as a signed-in user, like the panel does: better-auth's session cookie,
 * and an Origin the API trusts (better-auth refuses cookie-bearing POSTs without one).
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  private constructor(
    readonly baseUrl: string,
    private readonly origin: string,
  ) {}

  /** Signs in with email and password; `baseUrl` is the API or the panel (which proxies /api). */
  static async signIn(baseUrl: string, origin: string, email: string, password: string): Promise<ApiClient> {
    const client = new ApiClient(baseUrl.replace(/\/+$/, ''), new URL(origin).origin);
    await client.request('POST', '/api/auth/sign-in/email', { email, password });
    if (client.cookies.size === 0) throw new Error(`sign-in as ${email} set no session cookie`);
    return client;
  }

  /** The raw response, for tests that check statuses; cookies are kept up to date. */
  async fetch(method: string, path: string, body?: unknown, rawBody?: string): Promise<Response> {
    const headers: Record<string, string> = { origin: this.origin, accept: 'application/json' };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const split = pair.indexOf('=');
      if (split > 0) this.cookies.set(pair.slice(0, split).trim(), pair.slice(split + 1).trim());
    }
    return response;
  }

  /** The parsed JSON body of a 2xx answer; throws ApiCallError otherwise. `rawBody` sends text as-is (an egg file). */
  async request<T>(method: string, path: string, body?: unknown, rawBody?: string): Promise<T> {
    const response = await this.fetch(method, path, body, rawBody);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the error message.
    }
    if (!response.ok) throw new ApiCallError(response.status, parsed, `${method} ${path}`);
    return parsed as T;
  }
}
