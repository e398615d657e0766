import { baskravInformationssakerhet } from '../../../../../shared/templates/baskrav-informationssakerhet';
import rule from '../../../../../shared/templates/baskrav-informationssakerhet/rules/ja-status-matches-comment';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(baskravInformationssakerhet, rule, {
  base,
  valid: [
    { name: 'comments describing finished or continuing work' },
    { name: 'ongoing work under status Delvis', patch: { C11: 'Delvis', D11: 'Klassning pågår.' } },
    { name: 'added resources for a met requirement (VP 2022 krav 1)', patch: { D8: 'Utifrån ett upplevt ökat behov tillförs utökade resurser inför 2022. I samband med detta kommer även en justering av organisationen att ske.' } },
  ],
  invalid: [
    {
      name: 'VP 2022 krav 3 b): classification "pågår"',
      patch: { D11: 'b) Klassning och riskbedömning genomförs kontinuerligt. Arbete med att säkerställa att det genomförts för samtliga informationsmängder pågår.' },
      problems: [{ messageId: 'jaWithPendingWork', cell: 'C11', data: { nr: '3 b)', phrase: 'pågår' } }],
    },
    {
      name: 'VP 2022 krav 2: independence still to be ensured',
      patch: { D9: 'I detta arbete ingår att säkerställa att dataskyddsombudet får en självständig och oberoende ställning.' },
      problems: [{ messageId: 'jaWithPendingWork', cell: 'C9', data: { nr: '2', phrase: 'ingår att säkerställa' } }],
    },
    {
      name: 'OCR without å/ä, lower-case ja',
      patch: { C14: 'ja', D14: 'I detta ingar att identifiera hur risker ska redovisas.' },
      problems: [{ messageId: 'jaWithPendingWork', cell: 'C14', data: { nr: '6', phrase: 'ingar att identifiera' } }],
    },
  ],
});
