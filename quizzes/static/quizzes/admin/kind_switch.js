// The question editors (bank and quiz rows): show only the panels of the
// question kind chosen in the nearest `data-kind-switch` select. A panel names
// its kinds in `kind-<value>` classnames, so a new kind only adds classnames.
// Without this script every panel shows, under its « Pour les questions… » heading.
(function () {
  "use strict";

  var KIND_PREFIX = "kind-";

  function scopeOf(select) {
    return (
      select.closest("[data-inline-panel-child]") ||
      select.closest("form") ||
      document
    );
  }

  function kindsOf(element) {
    var kinds = [];
    element.classList.forEach(function (name) {
      if (name.indexOf(KIND_PREFIX) === 0) {
        kinds.push(name.slice(KIND_PREFIX.length));
      }
    });
    return kinds;
  }

  function update(select) {
    var scope = scopeOf(select);
    var kind = select.value;
    scope.querySelectorAll("[class*='" + KIND_PREFIX + "']").forEach(function (el) {
      // Leave the panels of another switch's scope (a nested row) alone.
      if (el.closest("[data-inline-panel-child]") !== select.closest("[data-inline-panel-child]")) {
        return;
      }
      var kinds = kindsOf(el);
      if (kinds.length) {
        el.hidden = kinds.indexOf(kind) === -1;
      }
    });
  }

  function updateAll() {
    document.querySelectorAll("select[data-kind-switch]").forEach(update);
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("select[data-kind-switch]")) {
      update(event.target);
    }
  });
  // Rows added by « Ajouter une question » arrive after the page loaded.
  document.addEventListener("w-formset:added", updateAll);
  document.addEventListener("click", function () {
    window.setTimeout(updateAll, 0);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", updateAll);
  } else {
    updateAll();
  }
})();
