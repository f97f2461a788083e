// Folds the filters and facets (<details data-fold>) on a narrow screen, and unfolds them when it widens.
// Without this script they simply stay open: the page is usable either way.
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 48rem)");
  function fit() {
    document.querySelectorAll("details[data-fold]").forEach(function (details) {
      details.open = wide.matches;
    });
  }
  fit();
  wide.addEventListener("change", fit);
})();
