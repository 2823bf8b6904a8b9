/**
 * Child processes for the browser tests: one-shot commands, and the Daylight server, which runs
 * in its own process group so that stopping it stops everything it started.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from './paths.js';

/**
 * Runs a command to completion.
 * @param command - the executable
 * @param args - its arguments
 * @param options - working directory
 * @returns its standard output
 * @throws Error with the command, exit code and standard error when it fails
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd ?? ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(`\`${[command, ...args].join(' ')}\` failed (${error.message}).\n${stderr}\n${stdout}`),
          );
        } else {
          resolvePromise(stdout);
        }
      },
    );
  });
}

/** @returns a TCP port that was free a moment ago on 127.0.0.1 */
export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** A server started by {@link startServer}. */
export interface RunningServer {
  /** e.g. `http://127.0.0.1:40123` */
  readonly baseUrl: string;
  /** What the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Stops the server's whole process group and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `daylight serve` on a free port and waits until `GET /api/v1/health` answers.
 * @param cli - the path of `packages/cli/bin/daylight.js`
 * @param dbPath - the SQLite file to serve
 * @returns the running server
 * @throws Error with the server's output when it exits or does not answer within the timeout
 */
export async function startServer(cli: string, dbPath: string, timeoutMs = 45_000): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Node directly (not npx) and a process group of its own: killing the group leaves no orphan.
  const child = spawn(
    process.execPath,
    [cli, '--db', dbPath, 'serve', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolvePromise) =>
    child.once('exit', (code) => resolvePromise(code)),
  );
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const server: RunningServer = { baseUrl, output: () => output, stop: () => stopGroup(child, exited) };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`daylight serve exited with code ${String(exitCode)} before answering:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
  }
  await server.stop();
  throw new Error(`daylight serve did not answer GET /api/v1/health within ${timeoutMs} ms:\n${output}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      // A negative pid signals the whole process group the detached child leads, so anything the
      // server started goes too, even when the server itself has already exited.
      process.kill(-pid, name);
    } catch {
      // The group is gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
