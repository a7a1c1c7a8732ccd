// Sign-in through the realm's Keycloak: authorization code flow with PKCE, the public portal
// client, the token kept in this tab's memory only. A tab that signed in before re-checks its
// Keycloak session on load; anonymous visitors never wait for Keycloak.
import Keycloak from '/vendor/keycloak.js';
import { currentLanguage } from './i18n.js';

const SIGNED_IN = 'maakmatch.signedIn';
const RETURN_TO = 'maakmatch.returnTo';
const CLIENT_ID = 'maakmatch-portal';

let keycloak;

function realmOf(issuer) {
  const at = issuer.indexOf('/realms/');
  return { url: issuer.substring(0, at), realm: issuer.substring(at + '/realms/'.length) };
}

/** Sets sign-in up; true when the person is signed in. Never throws: Keycloak may be down. */
export async function initAuth(issuer) {
  const { url, realm } = realmOf(issuer);
  keycloak = new Keycloak({ url, realm, clientId: CLIENT_ID });
  const returning = /[#&]state=/.test(window.location.hash);
  const options = { pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'fragment' };
  if (!returning && sessionStorage.getItem(SIGNED_IN)) {
    options.onLoad = 'check-sso';
  }
  try {
    const authenticated = await keycloak.init(options);
    if (authenticated) {
      sessionStorage.setItem(SIGNED_IN, '1');
    } else {
      sessionStorage.removeItem(SIGNED_IN);
    }
    return authenticated;
  } catch (e) {
    sessionStorage.removeItem(SIGNED_IN);
    return false;
  }
}

export function takeReturnRoute() {
  const route = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  return route;
}

export function signIn(route, register = false) {
  sessionStorage.setItem(RETURN_TO, route || '#/');
  const options = { redirectUri: `${window.location.origin}/`, locale: currentLanguage() };
  return register ? keycloak.register(options) : keycloak.login(options);
}

export function signOut() {
  sessionStorage.removeItem(SIGNED_IN);
  return keycloak.logout({ redirectUri: `${window.location.origin}/` });
}

export function signedIn() {
  return Boolean(keycloak && keycloak.authenticated);
}

/** The caller as the token says: name, roles, organisation and ROM region. */
export function caller() {
  if (!signedIn()) {
    return null;
  }
  const token = keycloak.tokenParsed;
  const roles = token.groups || [];
  return {
    name: token.name || token.preferred_username,
    subject: token.sub,
    email: token.email,
    roles,
    organisation: token.organisation,
    region: token.rom_region,
    has: (role) => roles.includes(role),
  };
}

/** A bearer token valid for at least half a minute more, refreshed when needed. */
export async function bearer() {
  if (!signedIn()) {
    return null;
  }
  try {
    await keycloak.updateToken(30);
  } catch (e) {
    // the session ended (or Keycloak is unreachable): the API will answer 401 and we say so
  }
  return keycloak.token;
}
