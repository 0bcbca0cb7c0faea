import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A stack's output goes to a file, not the test report: four processes' logs would bury
 * the results. The launcher's own lines (progress, failures) still reach the console.
 */
export function stackLog(file: string): (line: string) => void {
  mkdirSync(path.dirname(file), { recursive: true });
  return (line) => {
    appendFileSync(file, `${line}\n`);
    if (line.startsWith('[launcher]')) process.stdout.write(`${line}\n`);
  };
}
