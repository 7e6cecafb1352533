import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { vi } from './vi';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'ntm.language';

const stored = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi');

// Vietnamese is in the first download; English, which few users pick, comes when it is chosen.
i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

/** The language the user chose: the API is asked for it even before English's dictionary arrives. */
export const currentLanguage = stored;

async function load(language: Language): Promise<void> {
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18next.addResourceBundle('en', 'translation', en);
  }
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  return load(language);
}

document.documentElement.lang = 'vi';
void load(stored());

export { i18next };
