/**
 * @daylight/cli: the `daylight` command.
 */
export { buildProgram, runCli, EXIT_OK, EXIT_USER, EXIT_INTERNAL } from './program.js';
