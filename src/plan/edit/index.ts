// Editing a plan: pure functions the task pane calls, tested without React.
export * from './apply';
export * from './citations';
export * from './items';
