import { render } from 'preact';
import { localizePage } from '../shared/i18n';
import { PanelApp } from './PanelApp';

localizePage();
const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
