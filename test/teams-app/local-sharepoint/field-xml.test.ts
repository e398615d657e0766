import { fieldSpecFromXml, parseXmlElement } from '../../../teams-app/src/local-sharepoint/field-xml';

test('reads a Field element with entities, choices, default and the attributes provisioning uses', () => {
  const spec = fieldSpecFromXml(`<?xml version="1.0"?><!-- x --><Field Type="Choice" ID="{0F8FAD5B-D9CB-469F-A165-70867728950E}" Name="status" StaticName="status"
      DisplayName="Status &amp; fas" Required="TRUE" Indexed="TRUE" FillInChoice="FALSE">
    <CHOICES><CHOICE>Ej påbörjad</CHOICE><CHOICE>Pågår &lt;nu&gt;</CHOICE></CHOICES>
    <Default>Ej påbörjad</Default>
  </Field>`);
  expect(spec).toEqual({
    typeKind: 6,
    typeName: 'Choice',
    name: 'status',
    staticName: 'status',
    displayName: 'Status & fas',
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    props: { Required: true, Indexed: true, FillInChoice: false, Choices: ['Ej påbörjad', 'Pågår <nu>'], DefaultValue: 'Ej påbörjad' },
  });
});

test('maps number limits, date-only, multi-person and lookups', () => {
  expect(fieldSpecFromXml('<Field Type="Number" Name="p" Min="0" Max="100" Decimals="0"/>').props).toEqual({ MinimumValue: 0, MaximumValue: 100, Decimals: 0 });
  expect(fieldSpecFromXml('<Field Type="DateTime" Name="d" Format="DateOnly"/>').props).toEqual({ DisplayFormat: 0 });
  expect(fieldSpecFromXml('<Field Type="UserMulti" Name="u" UserSelectionMode="PeopleOnly" Mult="TRUE"/>')).toMatchObject({
    typeKind: 20,
    props: { SelectionMode: 0, AllowMultipleValues: true },
  });
  expect(fieldSpecFromXml('<Field Type="Lookup" Name="plan" List="Lists/Plans" ShowField="Title"/>')).toMatchObject({
    typeKind: 7,
    list: 'Lists/Plans',
    props: { LookupFieldName: 'Title' },
  });
});

test.each([
  ['<Field Type="Text"', 'not valid XML'],
  ['<Field Type="Text"></Fjeld>', 'expected </Field>'],
  ['<Field Type="Text" Name=x />', 'bad attribute'],
  ['<Column Type="Text"/>', 'root must be <Field>'],
  ['<Field Name="x"/>', 'no Type attribute'],
  ['<Field Type="Calculated" Name="x"/>', "'Calculated' is not supported"],
  ['<Field Type="Text" ID="nope"/>', 'is not a GUID'],
  ['<Field Type="Text"/><Field Type="Text"/>', 'text after the root element'],
])('%s is refused: %s', (xml, message) => {
  expect(() => fieldSpecFromXml(xml)).toThrow(message);
});

test('CDATA and nested elements are read as text and children', () => {
  const el = parseXmlElement('<a x="1"><b><![CDATA[<raw>]]></b>t</a>');
  expect(el).toEqual({ name: 'a', attrs: { x: '1' }, text: 't', children: [{ name: 'b', attrs: {}, text: '<raw>', children: [] }] });
});
