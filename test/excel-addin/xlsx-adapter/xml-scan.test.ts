import fc from 'fast-check';
import { readStartTag, StartTag } from '../../../excel-addin/src/xlsx-adapter/xml-scan';

/** What readStartTag gives for one attribute, or the error it throws. */
function viaRecord(xml: string, at: number, name: string): unknown {
  try {
    const tag = readStartTag(xml, at);
    return { value: Object.hasOwn(tag.attrs, name) ? tag.attrs[name] : undefined, after: tag.after, selfClosing: tag.selfClosing };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The same read through StartTag, as the sheet reader reads a row's r. */
function viaAttr(xml: string, at: number, name: string): unknown {
  try {
    const tag = new StartTag(at);
    let value: string | undefined;
    while (tag.next(xml)) if (tag.isNamed(xml, name)) value = tag.value(xml);
    return { value, after: tag.after, selfClosing: tag.selfClosing };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// StartTag reads one attribute of the tag as readStartTag would, without its record.
describe('StartTag', () => {
  it.each([
    ['<row r="14" spans="1:30" x14ac:dyDescent="0.25"><c/></row>', 'r', '14'],
    ['<row spans="1:30" r="7">', 'r', '7'],
    ['<row ht="15" customHeight="1"/>', 'r', undefined],
    ["<row r = '9' >", 'r', '9'],
    ['<row r="1" r="2">', 'r', '2'],
    ['<row sr="5" r:x="6" rr="7">', 'r', undefined],
    ['<row r="&#49;4">', 'r', '14'],
    ['<row note="a>b" r="3">', 'r', '3'],
    ['<row\n\tr="4"\n/>', 'r', '4'],
    ['<row \u00a0r="8">', 'r', '8'],
    ['<row r\u00a0="8">', 'r', '8'],
    ['<row r="5"', 'r', 'error'],
    ['<row r=5>', 'r', 'error'],
    ['<row r="5>', 'r', 'error'],
    ['<row r>', 'r', 'error'],
  ])('%j: %s is %j, the tag ending where readStartTag says', (xml, name, value) => {
    const got = viaAttr(xml, 4, name);
    expect(got).toEqual(viaRecord(xml, 4, name));
    if (value === 'error') expect(got).toHaveProperty('error');
    else expect(got).toHaveProperty('value', value);
  });

  it('agrees with readStartTag on any tag made of names, quotes, spaces, entities and brackets', () => {
    const piece = fc.constantFrom('r', 'x', 'sr', ' ', '\t', '\u00a0', '=', '"', "'", '1', '&amp;', '&#50;', '>', '/', '<', 'spans');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom('r', 'x', 'spans'), (pieces, name) => {
        const xml = `<row ${pieces.join('')}`;
        expect(viaAttr(xml, 4, name)).toEqual(viaRecord(xml, 4, name));
      }),
      { numRuns: 3000 },
    );
  });
});
