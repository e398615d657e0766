import { createRoot } from 'react-dom/client';
import { Boot } from './boot';

const root = document.getElementById('root');
if (!root) throw new Error('The tab page has no #root element');
createRoot(root).render(<Boot />);
