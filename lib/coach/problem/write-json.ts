/** For the scripts that write the coach's data files (learned weights, trigger gates). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** Writes JSON formatted as the repository formats it, so `npm run format:check` passes. */
export function writeJson(out: string, data: unknown) {
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
}
