/**
 * Renders an egg's startup command the way Pterodactyl does: `{{VAR}}` becomes the
 * variable's value. Wings-style `{{server.build.*}}` placeholders, used by some eggs,
 * map onto the same values. Unknown placeholders stay as written so the mistake is visible.
 */
const ALIASES: Record<string, string> = {
  'server.build.default.port': 'SERVER_PORT',
  'server.build.default.ip': 'SERVER_IP',
  'server.build.memory': 'SERVER_MEMORY',
};

// Own keys only, so `{{constructor}}` stays as written instead of printing Object's source.
function lookup(name: string, environment: Record<string, string>): string | undefined {
  const key = Object.hasOwn(ALIASES, name) ? ALIASES[name]! : name.replace(/^(server\.build\.)?env\./, '');
  return Object.hasOwn(environment, key) ? environment[key] : undefined;
}

export function renderStartup(startup: string, environment: Record<string, string>): string {
  return startup.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) => lookup(name, environment) ?? placeholder);
}
