// Every message the product shows exists in German and English; the caller picks the language.
import type { Language } from './schema';

export interface Localized {
  readonly de: string;
  readonly en: string;
}

export function localize(message: Localized, language: Language): string {
  return message[language];
}
