import type { Stack } from './stack';

/** What the admin needs after `npm start`: where to go and how to sign in. */
export function formatSummary(stack: Stack): string[] {
  const { urls, admin } = stack;
  const password = admin.password ?? 'as set in ADMIN_PASSWORD / printed on first start';
  return [
    '',
    'StellarStack is up.',
    `  Panel:       ${urls.panel}`,
    `  Temporal UI: ${urls.temporalUi ?? `(your Temporal server at ${urls.temporalAddress})`}`,
    `  Admin:       ${admin.email ?? 'as set in ADMIN_EMAIL / printed on first start'}`,
    `  Password:    ${password}`,
    '  Ctrl-C stops everything.',
    '',
  ];
}
