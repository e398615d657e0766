import summaFinansiering from './summa-finansiering';
import summaKostnader from './summa-kostnader';

export const fills = [summaKostnader, summaFinansiering];
