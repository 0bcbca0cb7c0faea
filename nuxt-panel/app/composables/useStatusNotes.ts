import type { ServerStatus } from '@stellarstack/contracts';

/**
 * The console note for a change of the status shown, worded for what happened
 * (the node reports `installing → offline` both when an install worked and when it failed,
 * so the page takes `install_failed` from the API's record).
 */
export function statusChangeNote(from: ServerStatus, to: ServerStatus): string | null {
  if (from === to) return null;
  switch (to) {
    case 'installing':
      return 'Installing — the install output appears below when it finishes.';
    case 'install_failed':
      return 'Install failed — see the install output below.';
    case 'starting':
      return 'Server is starting…';
    case 'running':
      return 'Server is running.';
    case 'stopping':
      return 'Server is stopping…';
    case 'offline':
      if (from === 'installing') return 'Install finished — ready to start.';
      if (from === 'install_failed') return null;
      if (from === 'starting') return 'Server stopped before it finished starting — see Operations for why.';
      return 'Server stopped.';
  }
}

/** Adds a note through `note` each time `status` changes (not for the first status known). */
export function useStatusNotes(status: Ref<ServerStatus | null>, note: (text: string) => void) {
  let lastNote: string | null = null;
  watch(status, (to, from) => {
    if (!from || !to) return;
    const text = statusChangeNote(from, to);
    // Two sources that briefly disagree must not repeat the same note.
    if (!text || text === lastNote) return;
    lastNote = text;
    note(`[StellarStack] ${text}`);
  });
}
