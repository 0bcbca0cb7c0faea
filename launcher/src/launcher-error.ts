/**
 * A failure the admin can fix. Its message is ONE line naming the fix; the launcher
 * prints it without a stack trace, because a stack trace buries the fix.
 */
export class LauncherError extends Error {
  override readonly name = 'LauncherError';
}
