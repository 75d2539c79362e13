/**
 * Applies the layout and theme settings to the page: the layout in effect (the setting, or the
 * window width below MOBILE_MAX_WIDTH when automatic) and the light/dark theme (the setting, or the
 * OS's preference when following the system), which CSS and AG Grid read from attributes.
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/app-store';
import { useUi } from '../state/settings-store';

/** The vendors' mobile screens are phone-sized; a narrow desktop window gets them too. */
export const MOBILE_MAX_WIDTH = 760;

export function useEnvironment(): void {
  const ui = useUi();

  useEffect(() => {
    const mq = window.matchMedia(`(max-width: ${MOBILE_MAX_WIDTH - 0.02}px)`);
    const apply = () => useAppStore.getState().setLayout(ui.layout === 'auto' ? (mq.matches ? 'mobile' : 'pc') : ui.layout);
    apply();
    mq.addEventListener('change', apply);
    return () => mq.removeEventListener('change', apply);
  }, [ui.layout]);

  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const theme = ui.theme === 'system' ? (mq.matches ? 'dark' : 'light') : ui.theme;
      document.documentElement.dataset.theme = theme;
      document.documentElement.style.colorScheme = theme;
      document.body.dataset.agThemeMode = theme;
    };
    apply();
    mq.addEventListener('change', apply);
    return () => mq.removeEventListener('change', apply);
  }, [ui.theme]);
}
