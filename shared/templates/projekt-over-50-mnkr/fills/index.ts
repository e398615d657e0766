import ackFranForraAret from './ack-fran-forra-aret';
import projektFranListan from './projekt-fran-listan';
import summa from './summa';
import totalPrognos from './total-prognos';

export const fills = [ackFranForraAret, projektFranListan, summa, totalPrognos];
