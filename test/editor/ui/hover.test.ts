// Hover over payment codes in a Java file and a log file, and read the hover widget a person sees.
import * as assert from 'node:assert/strict';
import { HOVERS, hoverFailure, missingFromHover } from '../expectations';
import { session } from '../session';

describe('hover (code-server UI)', function () {
  this.timeout(90_000);

  afterEach(async () => {
    await session().workbench.dismissHover();
  });

  for (const e of HOVERS) {
    it(`shows provider, name, outcome and retry advice for ${e.word} in ${e.file}`, async () => {
      const wb = session().workbench;
      await wb.openFile(e.file);
      let text = '';
      try {
        text = await wb.hoverWord(e.word, {
          line: e.line,
          until: (t) => missingFromHover(e, t) === undefined,
          expect: `showing ${e.provider}, ${e.name}, outcome ${e.outcome} and ${e.retry}`,
        });
      } catch (err) {
        await wb.screenshot(`hover-${e.id}`);
        throw err;
      }
      await wb.screenshot(`hover-${e.id}`);
      assert.equal(missingFromHover(e, text), undefined, hoverFailure(e, text, 'code-server hover widget'));
    });
  }
});
