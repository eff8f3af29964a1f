/** The one format for failures on stderr, shared by the CLI and the batch runner. */
import { Chalk } from 'chalk';

const stderrColour = new Chalk({ level: process.stderr.isTTY && !process.env.NO_COLOR ? 1 : 0 });

export function reportError(source: string, message: string): void {
  process.stderr.write(stderrColour.red(`zhner: ${source}: ${message}`) + '\n');
}
