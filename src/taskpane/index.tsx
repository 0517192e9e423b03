// Entry point of the task pane: starts Office and the editor's download at once, in parallel,
// and paints the shell right away; the shell shows "connecting" until both have answered.
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { watchOffice } from '../office';
import type { Language } from '../plan';
import { App, type AppServices } from './App';
import { paneLanguage } from './i18n/shell';
import { renderPlan, saveFile } from './session/download';

const LANGUAGE_KEY = 'kap.paneLanguage';

function remembered(): Language | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return value === 'de' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Without storage the choice lasts for this visit.
  }
}

// The add-in's only Office start-up (STYLE.md: one Office.onReady, in one place): its answer
// within the time-out, and its answer however late, which the pane takes when it comes.
const office = watchOffice();
const workspace = import(/* webpackChunkName: "editor" */ './Workspace');

const services: AppServices = {
  render: renderPlan,
  save: saveFile,
  browser: {
    storage: localStorage,
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
  },
};
const chosen = remembered();
const language = chosen ?? paneLanguage(navigator.language);
document.documentElement.lang = language;

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html lacks the #root element');

createRoot(container).render(
  <StrictMode>
    <App
      language={language}
      languageChosen={chosen !== undefined}
      host={office.first}
      lateHost={office.final}
      services={services}
      workspace={workspace}
      rememberLanguage={remember}
      dark={matchMedia('(prefers-color-scheme: dark)').matches}
    />
  </StrictMode>,
);
