// Small text clean-ups shared by the seed parsers.

/** Removes Markdown backslash escapes (`INVALID\_AMOUNT`, `\-`) that stored copies of tables carry. */
export function unescapeMarkdown(text) {
  return text.replace(/\\(.)/g, '$1');
}
