// mocha root hooks for the UI checks (loaded by test/editor/.mocharc.json's `require`): one
// code-server and one browser for the whole run, stopped at the end even when checks fail.
import type { Context } from 'mocha';
import { session, startSession } from '../session';

export const mochaHooks = {
  async beforeAll(this: Context) {
    // the first run on a machine installs code-server (a few minutes); later runs start in seconds
    this.timeout(20 * 60_000);
    await startSession();
  },
  async afterEach(this: Context) {
    const t = this.currentTest;
    if (t?.state !== 'failed') return;
    const file = await session()
      .workbench.screenshot(`FAILED ${t.titlePath().join(' ')}`)
      .catch(() => undefined);
    if (file) console.log(`      screenshot of the failure: ${file}`);
  },
  async afterAll(this: Context) {
    this.timeout(60_000);
    try {
      await session().stop();
    } catch {
      // no session: beforeAll failed, and it stopped what it had started
    }
  },
};
