// Teams reads every TextBlock and Fact as Markdown, so text from the lists (a title like
// `[öppna](https://…)`, `**viktigt**` or `# Rubrik`) would turn into a link, bold or a heading.
// Backslash escapes (CommonMark, which Teams' renderers follow) keep it as the characters typed.
// Inputs' values, placeholders and labels and choice titles are plain text and must not be escaped.

// Meaningful anywhere in a line: emphasis, code, links and images, autolinks and tags,
// strikethrough, table cells, and the escape character itself.
const INLINE = /[\\`*_[\]<>~|]/g;

// Meaningful only where a line begins: headings, block quotes, list items, thematic breaks,
// setext underlines, fenced code (` and ~ are escaped above anyway).
const LINE_START = /^([#>+\-=])/;

// `1.` / `1)` followed by a space or the end of the line is an ordered list item.
const ORDERED_ITEM = /^(\d{1,9})([.)])(?=\s|$)/;

// `&amp;` or `&#39;` would be decoded; a lone `&` is plain text and stays as it is.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** The text, shown exactly as written where Teams renders Markdown. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        // Four leading spaces make a code block; leading space is not shown anyway.
        .replace(/^[ \t]+/, '')
        .replace(INLINE, '\\$&')
        .replace(ENTITY, '\\&')
        .replace(LINE_START, '\\$1')
        .replace(ORDERED_ITEM, '$1\\$2'),
    )
    .join('\n');
}
