/**
 * `node src/pipeline/cli/run-bundled.mjs CLI.ts ARGS...` runs a command-line module from its
 * bundle (../bundle.mjs) rather than through the TypeScript loader: the same command with the
 * same arguments, started in a fraction of the time (`npm run extract` runs this way).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleModule } from '../bundle.mjs';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  process.stderr.write('usage: node src/pipeline/cli/run-bundled.mjs CLI.ts [ARGS...]\n');
  process.exit(2);
}
// The command sees its own file and arguments, as when run directly.
process.argv = [process.argv[0] ?? 'node', path.resolve(entry), ...args];
const bundle = await bundleModule(pathToFileURL(path.resolve(entry)));
await import(bundle.href);
