/**
 * The one file chooser behind every "Open files…" button (the toolbar's, the empty screen's):
 * Electron's native dialog, or in web mode the page's one file input, which the toolbar owns.
 * A second input would be a second picker; drops and the e2e tests go through the first.
 */
import { importFiles } from '../../api/actions';

let pickInWeb: (() => void) | null = null;

/** The toolbar hands over how to open its input (null when it unmounts). */
export function registerWebPicker(pick: (() => void) | null): void {
  pickInWeb = pick;
}

/** Opens the chooser; call it from the click itself, since a browser opens one only on a user's gesture. */
export function chooseFiles(mode: 'electron' | 'web' | 'unknown'): void {
  if (mode === 'electron') void importFiles();
  else pickInWeb?.();
}
