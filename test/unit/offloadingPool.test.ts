// When OffloadingPool starts its workers: a lint job's cost is known only once it has run, so lint budgets
// the calling thread's time; results come back in the order the jobs were sent wherever they ran.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { OffloadingPool } from '../../server/src/workers/workerPool';
import { fixturesDir } from '../paths';

const script = path.join(fixturesDir, 'workers', 'whereWorker.js');

/** Keeps the calling thread busy for `ms`, as a parse does. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Each job awaited before the next is sent, as the CLI does while jobs run on its thread. */
async function runAll(pool: OffloadingPool<number, string>, jobs: number): Promise<string[]> {
  const answers: string[] = [];
  try {
    for (let job = 0; job < jobs; job++) answers.push(await pool.run(job));
  } finally {
    await pool.close();
  }
  return answers;
}

function timedPool(inlineMs: number, workers: number, spinMs: number): OffloadingPool<number, string> {
  return new OffloadingPool<number, string>({
    script,
    workerData: () => null,
    workers,
    inline: async (job) => {
      spin(spinMs);
      return `here ${job}`;
    },
    inlineMs,
  });
}

describe('OffloadingPool', () => {
  it('runs jobs on the calling thread until they have kept it busy for inlineMs, then on workers', async () => {
    // 40 ms each against 100 ms: three here on a quiet machine, fewer when a slow one stretches a job.
    const answers = await runAll(timedPool(100, 1, 40), 8);
    const here = answers.filter((a) => a.startsWith('here')).length;
    assert.ok(here >= 1 && here <= 3, answers.join(', '));
    assert.deepEqual(answers, [...Array(8).keys()].map((job) => (job < here ? `here ${job}` : `worker ${job}`)));
  });

  it('keeps nothing in flight while jobs run here, so that a job is timed alone', async () => {
    const pool = timedPool(1000, 1, 0);
    try {
      assert.equal(pool.capacity, 0);
      assert.equal(await pool.run(0), 'here 0');
      assert.equal(pool.capacity, 0);
    } finally {
      await pool.close();
    }
    const started = timedPool(0, 1, 0);
    try {
      assert.equal(await started.run(0), 'worker 0');
      assert.equal(started.capacity, 2);
    } finally {
      await started.close();
    }
  });

  it('starts workers at once with no inline budget, and never with no workers', async () => {
    assert.deepEqual(await runAll(timedPool(0, 2, 0), 4), ['worker 0', 'worker 1', 'worker 2', 'worker 3']);
    assert.deepEqual(await runAll(timedPool(0, 0, 0), 3), ['here 0', 'here 1', 'here 2']);
  });

  it('keeps the order jobs were sent in while several are in flight at workers', async () => {
    const pool = timedPool(0, 2, 0);
    const sent = [...Array(20).keys()].map((job) => pool.run(job));
    assert.ok(pool.capacity >= 4, `capacity ${pool.capacity}`);
    try {
      assert.deepEqual(await Promise.all(sent), [...Array(20).keys()].map((job) => `worker ${job}`));
    } finally {
      await pool.close();
    }
  });
});
