// Entry point of the task pane: starts Office once and renders the pane right away; the pane
// shows "connecting" until the start-up has answered.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startOffice } from '../office/host';
import { App, type AppServices } from './App';
import { renderPlan, saveFile } from './download';
import { connectOffice } from './office';
import { paneLanguage } from './texts';

const services: AppServices = { render: renderPlan, save: saveFile, connect: connectOffice };
const language = paneLanguage(navigator.language);
// The add-in's only Office start-up (STYLE.md: one Office.onReady, in one place).
const host = startOffice();
document.documentElement.lang = language;

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html lacks the #root element');

createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <App language={language} host={host} services={services} />
    </FluentProvider>
  </StrictMode>,
);
