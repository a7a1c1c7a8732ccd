// Tells a person before they try whether signing in works right now.
(function () {
  const status = document.getElementById('login-status');
  if (!status) {
    return;
  }
  fetch('/api/v1/login-status', { headers: { 'Accept-Language': document.documentElement.lang } })
    .then((response) => response.json())
    .then((body) => {
      status.textContent = body.message;
      document.getElementById('login-link').hidden = !body.available;
    })
    .catch(() => {
      status.textContent = 'De status van de inlogdienst is niet bekend.';
    });
})();
