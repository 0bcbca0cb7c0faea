// StellarStack panel: a client-rendered SPA served by Nitro, which proxies /api to the API.
export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  ssr: false,
  telemetry: false,
  devtools: { enabled: false },
  css: ['~/assets/main.css'],
  app: {
    head: {
      title: 'StellarStack',
      htmlAttrs: { lang: 'en' },
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      link: [{ rel: 'icon', href: 'data:,' }],
    },
  },
  runtimeConfig: {
    // Overridden at runtime by NUXT_API_URL; read by the /api proxy on every request.
    apiUrl: 'http://127.0.0.1:3001',
  },
  typescript: {
    strict: true,
    typeCheck: false,
  },
  nitro: {
    preset: 'node-server',
  },
});
