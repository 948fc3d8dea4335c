import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import './app/global.css';

// The content security policy allows no eval; without this, zod's first parse probes for it with
// `new Function`, which the browser reports as a violation even though zod catches the refusal.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
