import { uppfoljningAvNamndensInternkontrollplan as template } from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan';
import rule from '../../../../../shared/templates/uppfoljning-av-namndens-internkontrollplan/rules/bedomning-is-one-of-three';
import { testRule } from '../../../../support/rule-tester';
import { followUpSheet } from '../follow-up-sheet';

testRule(template, rule, {
  base: followUpSheet(),
  valid: [
    { name: 'Tillräcklig (VB 2019)' },
    { name: 'Delvis tillräcklig', patch: { A4: 'Delvis tillräcklig' } },
    { name: 'lower case and a full stop', patch: { A4: 'otillräcklig.' } },
    { name: 'å/ä/ö lost', patch: { A4: 'Tillracklig' } },
    { name: 'the verdict to the right of its heading', patch: { B3: 'Tillräcklig', A4: null } },
  ],
  invalid: [
    { name: 'no verdict under the heading', patch: { A4: null }, problems: [{ messageId: 'missing', cell: 'A4', data: { choices: 'Tillräcklig / Delvis tillräcklig / Otillräcklig' } }] },
    { name: 'a verdict of its own making', patch: { A4: 'Godtagbar' }, problems: [{ messageId: 'notAllowed', cell: 'A4', data: { text: 'Godtagbar' } }] },
    { name: 'no Bedömning section at all', patch: { A3: null, A4: null }, problems: [{ messageId: 'missingSection', cell: 'E9' }] },
  ],
});
