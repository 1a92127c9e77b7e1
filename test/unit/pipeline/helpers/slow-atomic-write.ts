/**
 * Test helper: starts an atomic write into argv[2] and stalls before the swap, printing
 * "ready" so the test can interrupt it with a signal.
 */
import { writeDirAtomically } from '../../../../src/pipeline/fs/atomic-dir.ts';

const target = process.argv[2];
if (!target) throw new Error('usage: slow-atomic-write.ts DIR');
await writeDirAtomically(target, new Map([['new.txt', 'new build']]), {
  beforeSwap: async () => {
    process.stdout.write('ready\n');
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  },
});
