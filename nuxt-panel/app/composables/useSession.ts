import type { Me } from '@stellarstack/contracts';

/** The signed-in user (`GET /api/me`), shared across pages. `undefined` until first loaded. */
export function useSession() {
  const me = useState<Me | null | undefined>('me', () => undefined);

  async function load(): Promise<Me | null> {
    try {
      me.value = await apiRequest<Me>('GET', '/api/me', { allow401: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) me.value = null;
      else throw error;
    }
    return me.value ?? null;
  }

  async function signIn(email: string, password: string): Promise<Me | null> {
    await apiRequest('POST', '/api/auth/sign-in/email', { body: { email, password }, allow401: true });
    return load();
  }

  async function signOut(): Promise<void> {
    try {
      await apiRequest('POST', '/api/auth/sign-out', { body: {}, allow401: true });
    } finally {
      me.value = null;
      await navigateTo('/sign-in');
    }
  }

  return { me, load, signIn, signOut };
}
