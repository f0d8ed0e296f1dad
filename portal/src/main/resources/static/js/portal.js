// GOV.UK Frontend's module path carries its version, so the layout names it on <html> instead of this file.
const govukFrontend = document.documentElement.dataset.govukFrontend;
if (govukFrontend) {
  import(govukFrontend).then(({ initAll }) => initAll());
}

const timeoutWarning = document.querySelector('[data-module="app-timeout-warning"]');
if (timeoutWarning && typeof timeoutWarning.showModal === 'function') {
  import('./timeout-warning.js').then(({ initTimeoutWarning }) => initTimeoutWarning(timeoutWarning));
}
