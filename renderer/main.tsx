import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/reflow.css';
import './styles/forcedColors.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root mangler i index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
