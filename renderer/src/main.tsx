/** Renderer entry: window.auditlens comes from the Electron preload, or from the web bridge. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installBenchHook } from './api/bench-hook';
import { createWebBridge } from './bridge/web-bridge';
import './styles.css';
// after the base styles, which it refines
import './views/search/search.css';

// before the bridge, which may tidy the URL's query away
installBenchHook();

if (!('auditlens' in window)) {
  Object.defineProperty(window, 'auditlens', { value: createWebBridge(), writable: false });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
