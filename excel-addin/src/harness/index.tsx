import { createRoot } from 'react-dom/client';
import { HarnessApp } from './harness-app';
import { harnessCss } from './harness-styles';

const style = document.createElement('style');
style.textContent = harnessCss;
document.head.appendChild(style);
createRoot(document.getElementById('root')!).render(<HarnessApp />);
