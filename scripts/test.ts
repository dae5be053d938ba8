// `npm test`: everything CI checks — schema/migration agreement, types and lint beside the unit
// and integration tests (real PostgreSQL and Meilisearch), then the end-to-end journeys in
// headless Chromium against a production build. Every step runs; the summary says which failed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);
type Step = { name: string; args: string[]; env?: Record<string, string> };
const prismaClient: Step = { name: 'prisma client', args: ['scripts/prisma-generate.mjs'] };
const checks: Step[] = [
  { name: 'migrations match schema', args: ['--import', 'tsx', 'scripts/migrate.ts', 'check'], env: { DATABASE_URL: '' } },
  { name: 'type-check', args: [bin('typescript', 'bin/tsc'), '--noEmit'] },
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0'] },
];
const unit: Step = { name: 'unit & integration', args: [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`] };
const endToEnd: Step = { name: 'end-to-end', args: ['--import', 'tsx', 'scripts/e2e.ts'] };

const failed: string[] = [];
/** Runs one step; `quiet` keeps its output until it ends (so two steps running at once do not interleave). */
function run(step: Step, quiet = false): Promise<void> {
  const began = Date.now();
  if (!quiet) console.log(`\n▶ ${step.name}`);
  const env = { ...process.env, ...step.env };
  if (step.env?.DATABASE_URL === '') delete env.DATABASE_URL;
  const child = spawn(process.execPath, step.args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
  const output: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => output.push(b));
  child.stderr?.on('data', (b: Buffer) => output.push(b));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const ok = code === 0;
      if (!ok) failed.push(step.name);
      if (quiet) process.stdout.write(`\n▶ ${step.name}\n${Buffer.concat(output).toString()}`);
      console.log(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - began) / 1000).toFixed(0)} s)`);
      resolve();
    });
  });
}

// The static checks (one core, mostly) run beside the unit and integration tests (which wait on
// their databases much of the time); the browser tests run alone after both, as their timings and
// the fault tests want a machine to themselves.
const began = Date.now();
await run(prismaClient);
await Promise.all([
  (async () => {
    for (const step of checks) await run(step, true);
  })(),
  run(unit),
]);
// The build the journeys start need not check the app's types again once the type-check passed.
await run({ ...endToEnd, env: failed.includes('type-check') ? {} : { HAAT_TYPES_CHECKED: '1' } });
console.log(`\nnpm test took ${((Date.now() - began) / 60_000).toFixed(1)} min`);

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path.join(results, file), 'utf8')) as T;
  } catch {
    return undefined;
  }
}
type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
};
const vitest = readJson<VitestReport>('vitest.json');
const [unitPassed, unitFailed] = [vitest?.numPassedTests ?? 0, vitest?.numFailedTests ?? 0];
// Which tests failed or needed a retry, by name and with the first line of why: the end of the
// log is often all a CI run keeps.
const named: string[] = [];
const why = (message: string | undefined) => (message ? `\n    ${message.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n')[0]!.slice(0, 300)}` : '');
for (const file of vitest?.testResults ?? []) {
  const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
  for (const test of failedTests) named.push(`failed: ${path.relative(root, file.name)} › ${test.fullName}${why(test.failureMessages?.[0])}`);
  // A file that failed as a whole (it would not load, a hook threw) with no failed test of its own.
  if (file.status === 'failed' && failedTests.length === 0) named.push(`failed: ${path.relative(root, file.name)} (the file itself)${why(file.message)}`);
}
// A browser test that passed only on its retry is flaky: reported as such, not as passed.
type PlaywrightSuite = { title: string; suites?: PlaywrightSuite[]; specs?: { title: string; file: string; line: number; tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[] }[] };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number }; suites: PlaywrightSuite[] };
const e2eRuns = ['e2e.json', 'e2e-fuzz.json', 'e2e-faults.json'].map((file) => readJson<PlaywrightReport>(file));
const [e2ePassed, e2eFailed, e2eFlaky] = (['expected', 'unexpected', 'flaky'] as const).map((key) => e2eRuns.reduce((sum, run) => sum + (run?.stats[key] ?? 0), 0)) as [number, number, number];
const visit = (suite: PlaywrightSuite) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const label = test.status === 'unexpected' ? 'failed' : test.status === 'flaky' ? 'flaky' : undefined;
      const error = test.results.find((result) => result.error)?.error?.message;
      if (label) named.push(`${label}: [${test.projectName}] e2e/${spec.file}:${spec.line} › ${spec.title}${why(error)}`);
    }
  }
  suite.suites?.forEach(visit);
};
for (const run of e2eRuns) run?.suites.forEach(visit);

console.log(`\nunit & integration: ${unitPassed} passed, ${unitFailed} failed · end-to-end: ${e2ePassed} passed, ${e2eFailed} failed, ${e2eFlaky} flaky`);
for (const line of named) console.log(line);
if (failed.length) console.log(`failed steps: ${failed.join(', ')}`);
// A failed step with no failed test (a type error, say) still counts as one failure.
console.log(`tests: ${unitPassed + e2ePassed} passed, ${Math.max(unitFailed + e2eFailed, failed.length ? 1 : 0)} failed, ${e2eFlaky} flaky`);
// A failed test fails the run even if its runner exited 0.
process.exit(failed.length || unitFailed + e2eFailed > 0 ? 1 : 0);
