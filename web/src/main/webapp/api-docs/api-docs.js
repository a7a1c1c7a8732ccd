// Swagger UI over MaakMatch's own OpenAPI description. Signing in uses the portal's public
// client with the authorization code flow and PKCE, as the portal does; the code comes back to
// oauth2-redirect.html beside this page. A file of its own, not an inline script, so that the
// page keeps the strict Content-Security-Policy of every MaakMatch page.
(function () {
  const here = window.location.origin + '/api-docs/';
  const ui = SwaggerUIBundle({
    url: '/openapi?format=json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // no calls to swagger.io's online validator
    validatorUrl: null,
    oauth2RedirectUrl: here + 'oauth2-redirect.html',
    // a token stays in this tab's memory only
    persistAuthorization: false,
    displayOperationId: true,
    docExpansion: 'none',
    tagsSorter: 'alpha',
  });
  ui.initOAuth({
    clientId: 'maakmatch-portal',
    usePkceWithAuthorizationCodeGrant: true,
    scopes: 'openid',
  });
  window.ui = ui;
})();
