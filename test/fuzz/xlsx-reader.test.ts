import { describeTarget } from './support/jest-target';
import { xlsxReaderTarget } from './targets/xlsx-reader';

describeTarget(xlsxReaderTarget(8));
