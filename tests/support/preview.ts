import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Starts `astro preview` of dist/ on a loopback port and waits until it answers. */
export async function startPreview(port: number): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      return { origin, stop: () => server.kill() };
    await sleep(200);
  }
  server.kill();
  throw new Error(`no server at ${origin}`);
}
