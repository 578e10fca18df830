// `node out/test/editor/install.js`: installs code-server (and the Node 24 it runs on) into
// .vscode-test/code-server/ once; does nothing when that version is already there.
import { CODE_SERVER_VERSION, ensureCodeServer } from './codeServer';

try {
  const r = ensureCodeServer((m) => console.log(`[editor-tests] ${m}`));
  if (!r.installedNow) console.log(`[editor-tests] code-server ${CODE_SERVER_VERSION} already installed in ${r.dir}`);
} catch (e) {
  console.error(`[editor-tests] ${(e as Error).message}`);
  process.exit(1);
}
