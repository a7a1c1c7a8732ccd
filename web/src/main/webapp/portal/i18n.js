// The portal's language: Dutch unless the person chose English, remembered in this browser.
// Every text comes from messages/<lang>.json; amounts and dates follow the language's customs.
const STORAGE_KEY = 'maakmatch.language';
const LANGUAGES = ['nl', 'en'];
const LOCALES = { nl: 'nl-NL', en: 'en-GB' };

let language = LANGUAGES.includes(localStorage.getItem(STORAGE_KEY))
  ? localStorage.getItem(STORAGE_KEY)
  : 'nl';
let messages = {};
let euros;
let dates;
let dateTimes;
let numbers;

export async function loadMessages() {
  const response = await fetch(`/portal/messages/${language}.json`);
  messages = await response.json();
  const locale = LOCALES[language];
  euros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  dateTimes = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  numbers = new Intl.NumberFormat(locale);
  document.documentElement.lang = language;
}

export function currentLanguage() {
  return language;
}

export function otherLanguage() {
  return language === 'nl' ? 'en' : 'nl';
}

export function chooseLanguage(chosen) {
  localStorage.setItem(STORAGE_KEY, chosen);
  language = chosen;
}

/** The text for a key, with {name} placeholders filled; a missing key shows itself, never blank. */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) {
    console.warn('No text for', key);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? params[name] : all));
}

/** The text for a key when the bundle has one, else the fallback (e.g. an enum code). */
export function tOr(key, fallback) {
  return key in messages ? messages[key] : fallback;
}

export function eur(amount) {
  return amount === null || amount === undefined ? '–' : euros.format(amount);
}

export function number(value) {
  return value === null || value === undefined ? '–' : numbers.format(value);
}

export function date(iso) {
  if (!iso) {
    return '–';
  }
  // a plain date is a calendar day, not a moment: read it without a time zone shift
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return plain ? dates.format(new Date(`${iso}T12:00:00`)) : dates.format(new Date(iso));
}

export function dateTime(iso) {
  return iso ? dateTimes.format(new Date(iso)) : '–';
}
