// Everything a document branches with: switches and if/else-if chains, in source order.
import { extractChains } from './chainExtraction';
import type { ParsedDocument } from './documentCache';
import type { Extent } from './editShift';
import type { Located } from './reuse';
import { extractSwitches, type ExtractionContext } from './switchExtraction';
import type { SwitchSite } from './types';

/** The document's constructs, or only those lying inside the given extents. */
export function extractConstructs(document: ParsedDocument, context: ExtractionContext, within?: readonly Extent[]): Located<SwitchSite>[] {
  return [...extractSwitches(document, context, within), ...extractChains(document, context, within)].sort((a, b) => a.extent.start - b.extent.start);
}
