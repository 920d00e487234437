// Progressive enhancement for a running SSD import: every 2 seconds the progress bar and its text are updated in
// place (no page reload, so nothing moves under the reader - WCAG 2.2.1 / 3.2.5); when the import ends, the page's
// main content is replaced by the result and focus moves to its heading. Without JavaScript the page offers a
// "Check progress again" link instead.
(function () {
  var marker = document.querySelector('[data-import-progress-url]');
  if (!marker || !window.fetch || !window.DOMParser) {
    return;
  }
  var url = marker.getAttribute('data-import-progress-url');
  var main = document.querySelector('main');
  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var bar = doc.getElementById('import-progress');
        if (bar) {
          var mine = document.getElementById('import-progress');
          mine.max = bar.max;
          mine.value = bar.value;
          mine.textContent = bar.textContent;
          document.getElementById('import-progress-text').textContent = doc.getElementById('import-progress-text').textContent;
          window.setTimeout(poll, 2000);
        } else {
          var theirs = doc.querySelector('main');
          if (theirs && main) {
            main.innerHTML = theirs.innerHTML;
            document.title = doc.title;
            var h1 = main.querySelector('h1');
            if (h1) {
              h1.setAttribute('tabindex', '-1');
              h1.focus();
            }
          }
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
