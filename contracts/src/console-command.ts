/**
 * What a console command may contain, checked by the API and by the node's socket alike.
 * The game's stdin is a TTY, so control characters are not text: Ctrl-C (\x03) would send
 * SIGINT, Ctrl-\ SIGQUIT and Ctrl-Z SIGTSTP, letting someone with only `control.console`
 * stop the server; Ctrl-D ends input and ESC starts terminal sequences. Tab stays allowed.
 */
const CONTROL_CHARACTER = /[\x00-\x08\x0a-\x1f\x7f]/;

/** Why `command` cannot go to a console, or null when it can. */
export function consoleCommandProblem(command: string): string | null {
  if (/[\r\n]/.test(command)) return 'must be a single line';
  if (CONTROL_CHARACTER.test(command)) return 'must not contain control characters';
  return null;
}
