/** Every page but sign-in needs a session; /admin pages need a root admin. */
export default defineNuxtRouteMiddleware(async (to) => {
  const { me, load } = useSession();
  if (me.value === undefined) {
    try {
      await load();
    } catch {
      // API unreachable: treat as signed out; the sign-in page shows the error on submit.
      me.value = null;
    }
  }
  if (to.path === '/sign-in') {
    if (me.value) return navigateTo(typeof to.query.redirect === 'string' ? to.query.redirect : '/');
    return;
  }
  if (!me.value) return navigateTo({ path: '/sign-in', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} });
  if (to.path.startsWith('/admin') && !me.value.rootAdmin) return navigateTo('/');
});
