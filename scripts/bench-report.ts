// What the benchmark scripts (bench-search.ts, bench-pages.ts) share: their option checks and
// their report, printed as it goes and written whole to a .md file at the end.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A whole-number option, at least `min`; anything else stops the run with its name. */
export function count(name: string, raw: string | undefined, min = 1): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

export function benchReport() {
  const began = performance.now();
  const lines: string[] = [];
  /** Progress: stderr only. */
  const progress = (message: string) => process.stderr.write(`[bench ${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
  return {
    progress,
    /** A line of the report: stdout and the .md file. */
    print(line = '') {
      lines.push(line);
      console.log(line);
    },
    async write(file: string) {
      await writeFile(file, `${lines.join('\n')}\n`);
      progress(`report written to ${path.relative(process.cwd(), file)}`);
    },
  };
}
