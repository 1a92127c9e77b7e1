/**
 * Command-line options, strictly: an unknown option or one without its value is an error,
 * never ignored (a mistyped `--ouput` once rebuilt public/data from the default folder, and
 * `--out --sources D` wrote into a folder named `--sources`).
 */

export interface OptionSpec {
  name: `--${string}`;
  alias?: `-${string}`;
  /** What the value is, for messages: "a directory"; absent for a flag (`--dry-run`), set to 'true'. */
  value?: string;
}

export type ParsedArgs =
  | { kind: 'ok'; values: Map<string, string>; positionals: string[] }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** `--name value`, `--name=value`, `-a value`; `--` ends the options; `-` alone is an argument. */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const spec = specs.find((s) => s.name === flag || s.alias === flag);
    if (!spec) return { kind: 'error', message: `unknown option ${flag}` };
    if (spec.value === undefined) {
      if (eq !== -1)
        return {
          kind: 'error',
          message: `expected no value after ${flag}, found ${arg.slice(eq + 1) || 'nothing'}`,
        };
      values.set(spec.name, 'true');
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || next === '' || (next.startsWith('-') && next !== '-')) {
        const found = next === undefined ? 'nothing' : `the option ${next}`;
        return { kind: 'error', message: `expected ${spec.value} after ${flag}, found ${found}` };
      }
      value = next;
      i++;
    }
    if (value === '')
      return { kind: 'error', message: `expected ${spec.value} after ${flag}, found nothing` };
    values.set(spec.name, value);
  }
  return { kind: 'ok', values, positionals };
}
