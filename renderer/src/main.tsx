import { toLang } from '../../shared/i18n/lang';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import './app/global.css';

// zod probes `new Function` unless told not to; our CSP forbids eval, so keep it quiet and safe.
z.config({ jitless: true });

// 'fr-CA' → 'fr'; a language ShipWeek does not speak → English.
const saved = toLang(navigator.language.slice(0, 2).toLowerCase());
initI18n(saved);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
