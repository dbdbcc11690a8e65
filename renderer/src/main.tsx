import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import './app/global.css';

// zod probes `new Function` unless told not to; our CSP forbids eval, so keep it quiet and safe.
z.config({ jitless: true });

const saved = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
initI18n(saved);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
