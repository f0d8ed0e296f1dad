// GOV.UK Frontend's module path carries its version, so the layout names it on <html> instead of this file.
const govukFrontend = document.documentElement.dataset.govukFrontend;
if (govukFrontend) {
  import(govukFrontend).then(({ initAll }) => initAll());
}
