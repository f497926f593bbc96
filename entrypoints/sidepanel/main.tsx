import { render } from 'preact';
import { PanelApp } from './PanelApp';

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
