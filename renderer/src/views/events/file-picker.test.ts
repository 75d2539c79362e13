import { afterEach, describe, expect, it, vi } from 'vitest';

const importFiles = vi.fn(async () => undefined);
vi.mock('../../api/actions', () => ({ importFiles }));
const { chooseFiles, registerWebPicker } = await import('./file-picker');

describe('the file chooser behind every Open files… button', () => {
  afterEach(() => { registerWebPicker(null); importFiles.mockClear(); });

  it('opens the native dialog in Electron and the toolbar input in web mode', () => {
    const pick = vi.fn();
    registerWebPicker(pick);
    chooseFiles('electron');
    expect(importFiles).toHaveBeenCalledTimes(1);
    expect(pick).not.toHaveBeenCalled();
    chooseFiles('web');
    expect(pick).toHaveBeenCalledTimes(1);
    expect(importFiles).toHaveBeenCalledTimes(1);
  });

  it('does nothing in web mode once the toolbar that owns the input is gone', () => {
    const pick = vi.fn();
    registerWebPicker(pick);
    registerWebPicker(null);
    chooseFiles('web');
    expect(pick).not.toHaveBeenCalled();
    expect(importFiles).not.toHaveBeenCalled();
  });
});
