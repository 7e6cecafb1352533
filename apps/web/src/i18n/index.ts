import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { vi } from './vi';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'ntm.language';

const stored = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi');

i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: stored(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

export const currentLanguage = (): Language => (i18next.language === 'en' ? 'en' : 'vi');

export function switchLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  i18next.changeLanguage(language);
}

document.documentElement.lang = stored();

export { i18next };
