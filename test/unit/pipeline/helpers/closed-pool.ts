/**
 * Run as a process by the pool's tests: starts threads, then closes the pool without a job (as
 * extract does when its gazetteer cannot be loaded). The process must end by itself.
 */
import { startPool } from '../../../../src/pipeline/worker-pool.ts';

const pool = await startPool<string, string>({
  module: new URL('./marking-worker.ts', import.meta.url),
  size: 2,
});
await pool.close();
process.stdout.write('closed\n');
