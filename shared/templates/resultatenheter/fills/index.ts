import procentKolumner from './procent-kolumner';
import summa from './summa';
import tioProcent from './tio-procent';
import varav5Procent from './varav-5-procent';

export const fills = [procentKolumner, summa, tioProcent, varav5Procent];
