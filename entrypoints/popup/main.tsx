import { render } from 'preact';
import { localizePage } from '../shared/i18n';
import { App } from './App';

localizePage();
const root = document.getElementById('app');
if (root) render(<App />, root);
