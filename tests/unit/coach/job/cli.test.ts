import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run coach on a posting', () => {
  it('prints the track, the rounds with their source and the design cases the library offers', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'lib/cli/coach.ts',
        '--url',
        'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008',
        'tests/fixtures/greenhouse/job-boards.html',
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(0);
    const { analysis } = JSON.parse(run.stdout);
    expect(analysis.track).toBe('backend');
    expect(
      analysis.rounds.every((round: { source: string }) => ['posting', 'inferred'].includes(round.source)),
    ).toBe(true);
    expect(analysis.designCases.map((pick: { id: string }) => pick.id)).toContain('payments-ledger');
  });
});
