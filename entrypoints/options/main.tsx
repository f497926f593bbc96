import { render } from 'preact';
import { localizePage, t } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';

localizePage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
