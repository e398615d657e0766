// Teams draws the text of a card's TextBlocks and Facts through a CommonMark renderer (bold,
// italic, lists, links; no raw HTML). The harness does the same, so a card shows here what it
// shows in Teams — including whether text from the lists stayed text.

import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ html: false, linkify: false, breaks: false });

export function renderCardMarkdown(text: string): string {
  return renderer.render(text);
}
