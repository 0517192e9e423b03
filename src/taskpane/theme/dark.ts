// The dark theme, in a chunk of its own: most panes never need it.
export { webDarkTheme as darkTheme } from '@fluentui/react-components';
