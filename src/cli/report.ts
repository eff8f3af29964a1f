/** The one format for failures on stderr, shared by the CLI and the batch runner. */
import { Chalk } from 'chalk';

const stderrColour = new Chalk({ level: process.stderr.isTTY && !process.env.NO_COLOR ? 1 : 0 });

/** `zhner: <file>: <cause>`, or `zhner: <cause>` when no file is at fault. */
export function reportError(source: string | undefined, message: string): void {
  process.stderr.write(stderrColour.red(source === undefined ? `zhner: ${message}` : `zhner: ${source}: ${message}`) + '\n');
}
