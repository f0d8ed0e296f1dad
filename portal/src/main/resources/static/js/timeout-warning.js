// The timeout warning (WCAG 2.2.1): a few minutes before the session ends, a modal dialog says when the answers
// will be deleted and offers more time. Asking for more time (the button, or Escape) opens the session on the
// server, which extends it; when time runs out, the person is taken to the page that says what happened.
export function initTimeoutWarning(dialog) {
  const timeout = Number(dialog.dataset.timeoutSeconds) * 1000;
  const warnBefore = Number(dialog.dataset.warnBeforeSeconds) * 1000;
  const text = dialog.querySelector('#timeout-warning-text');
  const heading = dialog.querySelector('#timeout-warning-heading');
  const timeOfDay = new Intl.DateTimeFormat(document.documentElement.lang, { hour: 'numeric', minute: '2-digit' });
  let warnTimer;
  let endTimer;
  let focusBefore;

  function endSession() {
    window.location.href = dialog.dataset.endedUrl;
  }

  function countFromNow() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    const endsAt = Date.now() + timeout;
    warnTimer = setTimeout(() => warn(endsAt), Math.max(0, timeout - warnBefore));
    endTimer = setTimeout(endSession, timeout);
  }

  function warn(endsAt) {
    text.textContent = text.dataset.template.replace('%TIME%', timeOfDay.format(new Date(endsAt)));
    focusBefore = document.activeElement;
    dialog.showModal();
    heading.focus();
  }

  function extend() {
    if (dialog.open) {
      dialog.close();
    }
    fetch(dialog.dataset.keepAliveUrl, { credentials: 'same-origin', cache: 'no-store' })
      .then((response) => (response.status === 204 ? countFromNow() : endSession()))
      .catch(countFromNow);
  }

  dialog.querySelector('.app-timeout-warning__extend').addEventListener('click', extend);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    extend();
  });
  dialog.addEventListener('close', () => {
    if (focusBefore && document.contains(focusBefore)) {
      focusBefore.focus();
    }
  });
  countFromNow();
}
