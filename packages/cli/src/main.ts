/**
 * Entry point of the `daylight` command: parses arguments, runs the command, maps errors to
 * exit codes (0 ok, 1 user error, 2 internal error).
 */
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv);
