// "Print" links go to the print view, which works without JavaScript. With JavaScript the
// reader stays on the story and gets the print dialog at once: print.css lays the page out.
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-print-action]");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    window.print();
  });

  if (document.body && document.body.classList.contains("print-view")) {
    document.querySelectorAll("[data-print-button]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    // Opened on purpose (a new tab, a bookmark): offer the dialog straight away.
    window.addEventListener("load", function () { window.print(); });
  }
})();
