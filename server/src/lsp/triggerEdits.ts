// An edit that types a completion trigger (a quote, or a label line with its quotes) is followed at once by the
// editor's completion request. Diagnostics for it wait a moment for that request, so the list the user is
// waiting for is not queued behind the analysis of the keystroke; the squiggles come a few ms later.
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMPLETION_TRIGGERS } from './completion';

/** Longer insertions are pastes and file-wide replacements, not typing. */
const TYPED_LENGTH = 200;

/** The documents' configuration, noting which documents' last edit typed a completion trigger. */
export function noteTriggerEdits(): { configuration: TextDocumentsConfiguration<TextDocument>; typedTrigger(uri: string): boolean } {
  const typed = new Set<string>();
  return {
    configuration: {
      create: TextDocument.create,
      update(document, changes, version) {
        if (typesTrigger(changes)) typed.add(document.uri);
        else typed.delete(document.uri);
        return TextDocument.update(document, changes, version);
      },
    },
    typedTrigger: (uri) => typed.delete(uri),
  };
}

function typesTrigger(changes: readonly TextDocumentContentChangeEvent[]): boolean {
  if (changes.length !== 1) return false;
  const [change] = changes;
  return 'range' in change && change.text.length <= TYPED_LENGTH && COMPLETION_TRIGGERS.some((t) => change.text.includes(t));
}
