/** A failed API call: HTTP status plus the API's `{error: {code, message, details?}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiRequestOptions {
  body?: unknown;
  /** Send this string as the JSON body as-is (e.g. an egg file's text). */
  rawJson?: string;
  /** Do not redirect to sign-in on 401 (the sign-in page and the session probe). */
  allow401?: boolean;
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  const text = await response.text().catch(() => '');
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const b = (body ?? {}) as { error?: unknown; message?: unknown; code?: unknown; details?: unknown };
  if (b.error && typeof b.error === 'object') {
    const e = b.error as { code?: unknown; message?: unknown; details?: unknown };
    return new ApiError(response.status, String(e.code ?? 'error'), String(e.message ?? response.statusText), e.details);
  }
  // better-auth's own endpoints answer {code, message}.
  if (typeof b.message === 'string') {
    return new ApiError(response.status, String(b.code ?? 'error'), b.message, b.details);
  }
  if (typeof b.error === 'string') return new ApiError(response.status, 'error', b.error);
  const fallback = text && text.length < 300 && !text.trimStart().startsWith('<') ? text : `${response.status} ${response.statusText}`;
  return new ApiError(response.status, 'http_' + response.status, `Request failed: ${fallback}`);
}

/** Calls the API through the panel's same-origin /api proxy. */
export async function apiRequest<T>(method: string, path: string, options: ApiRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (options.rawJson !== undefined) {
    body = options.rawJson;
    headers['content-type'] = 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network', `Could not reach the panel server (${(cause as Error).message}).`);
  }
  if (!response.ok) {
    const error = await readError(response);
    if (response.status === 401 && !options.allow401) {
      useState<unknown>('me').value = null;
      const route = useRoute();
      if (route.path !== '/sign-in') {
        await navigateTo({ path: '/sign-in', query: { redirect: route.fullPath } });
      }
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    return text as unknown as T;
  }
}

export function useApi() {
  return {
    get: <T>(path: string, options?: ApiRequestOptions) => apiRequest<T>('GET', path, options),
    post: <T>(path: string, body?: unknown, options?: ApiRequestOptions) => apiRequest<T>('POST', path, { ...options, body }),
    del: <T>(path: string, options?: ApiRequestOptions) => apiRequest<T>('DELETE', path, options),
    request: apiRequest,
  };
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
