import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunAbortedError } from '../../../src/run/run-control.js';
import { installShutdown } from '../../../src/run/shutdown.js';

describe('installShutdown', () => {
  it('aborts the run signal on the first SIGTERM with the signal named, and asks for an exit at once on the second', () => {
    const told: string[] = [];
    const shutdown = installShutdown({ onStopRequested: (name) => told.push(`stop ${name}`), onForcedExit: (name) => told.push(`exit ${name}`) });
    try {
      expect(shutdown.signal.aborted).toBe(false);
      process.emit('SIGTERM', 'SIGTERM');
      expect(shutdown.signal.aborted).toBe(true);
      expect(shutdown.signal.reason).toBeInstanceOf(RunAbortedError);
      expect((shutdown.signal.reason as RunAbortedError).signalName).toBe('SIGTERM');
      process.emit('SIGINT', 'SIGINT');
      expect(told).toEqual(['stop SIGTERM', 'exit SIGINT']);
    } finally {
      shutdown.dispose();
    }
    expect(process.listenerCount('SIGTERM')).toBe(0);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});

// A process holding the output lock whose wind-down never ends: the second
// signal must end it at once (exit 1) and still release the lock.
const STUCK = `
import { lockOutput } from ${JSON.stringify(join(import.meta.dirname, '../../../src/run/output-lock.ts'))};
import { installShutdown } from ${JSON.stringify(join(import.meta.dirname, '../../../src/run/shutdown.ts'))};
lockOutput(process.argv[2], 'stuck-run');
installShutdown({
  onStopRequested: () => process.stdout.write('stopping\\n'),
  onForcedExit: () => process.exit(1),
});
setInterval(() => undefined, 1000);
process.stdout.write('ready\\n');
`;

describe('a second signal while shutting down', () => {
  it('exits at once with 1 and releases the lock', async () => {
    const out = mkdtempSync(join(tmpdir(), 'hotich-stuck-'));
    const script = join(out, 'stuck.ts');
    writeFileSync(script, STUCK);
    const child = spawn(process.execPath, ['--import', 'tsx', script, out], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const seen = (text: string): Promise<void> =>
      new Promise((resolve) => {
        const look = (): void => {
          if (output.includes(text)) resolve();
        };
        child.stdout.on('data', look);
        look();
      });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await seen('ready');
    expect(existsSync(join(out, '.hotich.lock'))).toBe(true);
    child.kill('SIGTERM');
    await seen('stopping');
    // Still running (its wind-down never ends) and still holding the folder.
    expect(child.exitCode).toBeNull();
    expect(existsSync(join(out, '.hotich.lock'))).toBe(true);
    child.kill('SIGTERM');
    expect(await ended).toBe(1);
    expect(existsSync(join(out, '.hotich.lock'))).toBe(false);
  });
});
