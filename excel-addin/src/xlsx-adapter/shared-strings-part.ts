import { findTag, richText, rootPrefix } from './xml-scan';

/** The shared string table, in index order; rich text is flattened to its plain text. */
export function parseSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const p = rootPrefix(xml);
  const si = p + 'si';
  const close = '</' + si + '>';
  const phonetic = xml.includes('<' + p + 'rPh');
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const start = findTag(xml, si, i);
    if (start === -1) return out;
    const gt = xml.indexOf('>', start);
    if (gt === -1) throw new SyntaxError('unterminated <si>');
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      i = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end === -1) throw new SyntaxError('unterminated <si>');
    out.push(richText(xml, gt + 1, end, p, phonetic));
    i = end + close.length;
  }
}
