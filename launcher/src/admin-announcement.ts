/** The first admin, as the API announces it on stdout (docs/architecture.md). */
export interface AdminAnnouncement {
  email: string;
  /** Only when the API generated it; null when it came from ADMIN_PASSWORD or already existed. */
  password: string | null;
}

const PREFIX = 'STELLARSTACK_ADMIN ';

/** The announcement in an output line, or undefined for any other line. */
export function parseAdminAnnouncement(line: string): AdminAnnouncement | undefined {
  const start = line.indexOf(PREFIX);
  if (start === -1) return undefined;
  try {
    const parsed = JSON.parse(line.slice(start + PREFIX.length)) as Partial<AdminAnnouncement>;
    if (typeof parsed.email !== 'string') return undefined;
    return { email: parsed.email, password: typeof parsed.password === 'string' ? parsed.password : null };
  } catch {
    return undefined;
  }
}
