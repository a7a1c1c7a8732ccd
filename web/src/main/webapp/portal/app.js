// The portal's shell: language, sign-in, the navigation a person's roles open, and a router over
// the hash so that every page has an address to bookmark and the back button works.
import { caller, initAuth, signIn, signOut, signedIn, takeReturnRoute } from './auth.js';
import { chooseLanguage, currentLanguage, loadMessages, otherLanguage, t } from './i18n.js';
import { h, notice } from './ui.js';
import * as publicPages from './pages/public.js';
import * as firmPages from './pages/firm.js';
import * as financierPages from './pages/financier.js';
import * as adviserPages from './pages/adviser.js';
import * as adminPages from './pages/admin.js';

// [pattern, page, role needed (none: public)]
const ROUTES = [
  [/^$/, publicPages.landing],
  [/^preview$/, publicPages.preview],
  [/^catalogue$/, publicPages.catalogue],
  [/^catalogue\/([\w-]+)$/, publicPages.instrument],
  [/^firms$/, firmPages.firms, 'firm'],
  [/^firms\/new$/, firmPages.registerFirm, 'firm'],
  [/^firms\/([\w-]+)$/, firmPages.firm, 'firm'],
  [/^firms\/([\w-]+)\/edit$/, firmPages.editFirm, 'firm'],
  [/^firms\/([\w-]+)\/plans\/new$/, firmPages.planEditor, 'firm'],
  [/^firms\/([\w-]+)\/plans\/([\w-]+)\/edit$/, firmPages.planEditor, 'firm'],
  [/^firms\/([\w-]+)\/plans\/([\w-]+)$/, firmPages.plan, 'firm'],
  [/^firms\/([\w-]+)\/plans\/([\w-]+)\/proposal$/, firmPages.proposal, 'firm'],
  [/^introductions\/([\w-]+)$/, firmPages.introduction, 'signedIn'],
  [/^notifications$/, firmPages.notifications, 'signedIn'],
  [/^inbox$/, financierPages.inbox, 'financier'],
  [/^dossier\/([\w-]+)$/, financierPages.dossier, 'financier'],
  [/^organisation$/, financierPages.organisation, 'financier'],
  [/^caseload$/, adviserPages.caseload, 'adviser'],
  [/^case-file\/([\w-]+)$/, adviserPages.caseFile, 'adviser'],
  [/^pipeline$/, adviserPages.pipeline, 'adviser'],
  [/^admin\/catalogue$/, adminPages.catalogue, 'admin'],
  [/^admin\/organisations$/, adminPages.organisations, 'admin'],
  [/^admin\/instruments\/([\w-]+)$/, adminPages.instrument, 'admin'],
  [/^admin\/audit$/, adminPages.audit, 'admin'],
];

const NAVIGATION = [
  ['#/preview', 'nav.preview'],
  ['#/catalogue', 'nav.catalogue'],
  ['#/firms', 'nav.firms', 'firm'],
  ['#/inbox', 'nav.inbox', 'financier'],
  ['#/organisation', 'nav.organisation', 'financier'],
  ['#/caseload', 'nav.caseload', 'adviser'],
  ['#/pipeline', 'nav.pipeline', 'adviser'],
  ['#/admin/catalogue', 'nav.adminCatalogue', 'admin'],
  ['#/admin/organisations', 'nav.adminOrganisations', 'admin'],
  ['#/admin/audit', 'nav.adminAudit', 'admin'],
  ['#/notifications', 'nav.notifications', 'signedIn'],
];

const app = () => document.getElementById('app');
let loginStatus = { available: true };

function allowed(role) {
  if (!role) {
    return true;
  }
  const me = caller();
  return Boolean(me) && (role === 'signedIn' || me.has(role));
}

function renderHeader() {
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav.label'));
  const current = window.location.hash || '#/';
  nav.replaceChildren(
    h(
      'ul',
      {},
      NAVIGATION.filter(([, , role]) => allowed(role)).map(([href, key]) =>
        h('li', {}, h('a', { href, 'aria-current': current.startsWith(href) ? 'page' : null }, t(key))),
      ),
    ),
  );
  const brand = document.getElementById('brand');
  brand.textContent = t('app.name');
  brand.setAttribute('aria-label', t('nav.home'));
  const tools = document.getElementById('tools');
  const other = otherLanguage();
  const switcher = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      lang: other,
      id: 'language-switch',
      onclick: async () => {
        chooseLanguage(other);
        await loadMessages();
        renderHeader();
        route();
      },
    },
    t(`language.switchTo.${other}`),
  );
  const me = caller();
  const account = me
    ? [
        h('span', { class: 'signed-in-as', id: 'signed-in-as' }, t('auth.signedInAs', { name: me.name })),
        h('button', { type: 'button', class: 'button-secondary', id: 'sign-out', onclick: () => signOut() }, t('auth.signOut')),
      ]
    : [
        h(
          'button',
          {
            type: 'button',
            class: 'button-primary',
            id: 'sign-in',
            disabled: !loginStatus.available,
            onclick: () => signIn(window.location.hash),
          },
          t('auth.signIn'),
        ),
      ];
  tools.replaceChildren(switcher, ...account);
  document.getElementById('footer').replaceChildren(
    h('p', {}, t('footer.text')),
    h('p', {}, h('a', { href: '/api-docs/' }, t('footer.apiDocs'))),
  );
  document.getElementById('skip-link').textContent = t('nav.skip');
  const banner = document.getElementById('login-banner');
  banner.hidden = loginStatus.available;
  banner.textContent = loginStatus.available ? '' : loginStatus.message;
}

// Every route() call takes a turn; a page whose data arrives after a later turn began is dropped,
// so a slow page never replaces the one the user went to next (or a second route() of the same
// address, as after signing in, when setting the hash queues a hashchange).
let routeTurn = 0;

async function route() {
  const turn = ++routeTurn;
  const path = (window.location.hash || '#/').replace(/^#\/?/, '').split('?')[0];
  for (const [pattern, page, role] of ROUTES) {
    const match = path.match(pattern);
    if (!match) {
      continue;
    }
    const view = app();
    if (role && !signedIn()) {
      view.replaceChildren(signInFirst());
    } else if (role && !allowed(role)) {
      view.replaceChildren(h('h1', {}, t('error.forbiddenTitle')), notice('error', t('error.forbidden')));
    } else {
      await show(view, () => page(...match.slice(1)), turn);
    }
    if (turn === routeTurn) {
      renderHeader();
    }
    return;
  }
  app().replaceChildren(h('h1', {}, t('error.notFoundTitle')), h('p', {}, t('error.notFound')));
}

async function show(view, render, turn) {
  view.replaceChildren(h('p', { class: 'loading', role: 'status' }, t('common.loading')));
  let shown;
  try {
    const content = await render();
    shown = [content].flat(Infinity).filter((part) => part !== null && part !== undefined && part !== false);
  } catch (e) {
    shown = [h('h1', {}, t('error.title')), notice('error', e.message || String(e))];
  }
  if (turn !== routeTurn) {
    return;
  }
  view.replaceChildren(...shown);
  const title = view.querySelector('h1');
  document.title = title ? `${title.textContent} – ${t('app.name')}` : t('app.name');
  document.getElementById('main').focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function signInFirst() {
  return h(
    'section',
    {},
    h('h1', {}, t('auth.needed')),
    h('p', {}, t('auth.neededText')),
    loginStatus.available
      ? h('p', {}, h('button', { type: 'button', class: 'button-primary', onclick: () => signIn(window.location.hash) }, t('auth.signIn')))
      : notice('error', loginStatus.message),
  );
}

async function start() {
  await loadMessages();
  try {
    const response = await fetch('/api/v1/login-status', { headers: { 'Accept-Language': currentLanguage() } });
    loginStatus = await response.json();
  } catch (e) {
    loginStatus = { available: false, message: t('auth.statusUnknown') };
  }
  if (loginStatus.issuer) {
    await initAuth(loginStatus.issuer);
  }
  const back = signedIn() ? takeReturnRoute() : null;
  if (back && back !== window.location.hash) {
    window.location.hash = back;
  }
  window.addEventListener('hashchange', route);
  renderHeader();
  await route();
}

start();
