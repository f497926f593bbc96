// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm, type OptionsFormProps } from '../../components/OptionsForm';
import { DEFAULT_SETTINGS } from '../../entrypoints/shared/settings';

function renderForm(props: Partial<OptionsFormProps> = {}) {
  const onChange = vi.fn();
  const onOpenShortcuts = vi.fn();
  render(
    <OptionsForm
      settings={DEFAULT_SETTINGS}
      shortcuts={[
        { name: '_execute_action', description: 'Show the digest of this page', shortcut: 'Alt+Shift+G' },
        { name: 'copy-digest', description: 'Copy the digest', shortcut: '' },
      ]}
      status=""
      pinned={null}
      onChange={onChange}
      onOpenShortcuts={onOpenShortcuts}
      {...props}
    />,
  );
  return { onChange, onOpenShortcuts };
}

describe('options form', () => {
  afterEach(cleanup);

  it.each([
    [false, true],
    [true, false],
    [null, false],
  ] as const)('button pinned %s: pin hint shown %s', (pinned, shown) => {
    renderForm({ pinned });
    expect(screen.queryByText(/not pinned to the toolbar/) !== null).toBe(shown);
  });

  it('lists each shortcut, or says it is not set', () => {
    renderForm();
    expect(screen.getByText('Alt+Shift+G').tagName).toBe('KBD');
    expect(screen.getByText('not set').tagName).toBe('EM');
  });

  it('reports each change as a settings patch', () => {
    const { onChange, onOpenShortcuts } = renderForm();
    fireEvent.click(screen.getByLabelText('Markdown'));
    expect(onChange).toHaveBeenCalledWith({ copyFormat: 'markdown' });
    fireEvent.click(screen.getByLabelText(/Highlight the key sentences/));
    expect(onChange).toHaveBeenCalledWith({ highlight: !DEFAULT_SETTINGS.highlight });
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(onOpenShortcuts).toHaveBeenCalledOnce();
  });

  it('offers the popup (chosen by default) or the side panel for the button, shortcut and menu', () => {
    const { onChange } = renderForm();
    expect((screen.getByLabelText('Popup') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Side panel'));
    expect(onChange).toHaveBeenCalledWith({ openIn: 'panel' });
  });
});
