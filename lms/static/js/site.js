// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Move focus to the page's messages after a form post, so that screen
    // readers announce the result ("Bravo, la leçon … est terminée").
    document.addEventListener("DOMContentLoaded", function () {
        var messages = document.querySelector(".messages");
        if (messages) {
            messages.setAttribute("tabindex", "-1");
            messages.focus();
        }
    });
})();
