// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";

    // Move focus to the page's messages after a form post, so that screen
    // readers announce the result ("Bravo, la leçon … est terminée").
    function focusMessages() {
        var messages = document.querySelector(".messages");
        if (messages) {
            messages.setAttribute("tabindex", "-1");
            messages.focus();
        }
    }

    // "Écouter la leçon": reads the lesson aloud with the browser's own French
    // voice, for people who read with difficulty. Shown only where supported.
    function readAloud() {
        var holder = document.querySelector("[data-read-aloud]");
        var article = document.querySelector(".lesson-content");
        if (!holder || !article || !("speechSynthesis" in window)) {
            return;
        }
        var button = holder.querySelector("[data-read-aloud-button]");
        var startLabel = button.textContent;
        holder.hidden = false;
        function reset() {
            button.textContent = startLabel;
            button.setAttribute("aria-pressed", "false");
        }
        button.setAttribute("aria-pressed", "false");
        button.addEventListener("click", function () {
            if (window.speechSynthesis.speaking) {
                window.speechSynthesis.cancel();
                reset();
                return;
            }
            var parts = article.querySelectorAll("h1, .lead, .block");
            var text = Array.prototype.map
                .call(parts, function (part) { return part.innerText; })
                .join("\n");
            var utterance = new SpeechSynthesisUtterance(text);
            utterance.lang = "fr-FR";
            utterance.rate = 0.9;
            utterance.onend = reset;
            window.speechSynthesis.speak(utterance);
            button.textContent = button.getAttribute("data-label-stop");
            button.setAttribute("aria-pressed", "true");
        });
    }

    // Guided mode board: fetch the participants' table again every few
    // seconds, without reloading the page. Skipped while the tab is hidden or
    // while the professional is using a button in the table.
    function pollBoard() {
        var board = document.querySelector("[data-poll-url]");
        if (!board || !window.fetch) {
            return;
        }
        var url = board.getAttribute("data-poll-url");
        var every = (parseInt(board.getAttribute("data-poll-seconds"), 10) || 4) * 1000;
        var announce = document.querySelector("[data-poll-announce]");
        function later() {
            window.setTimeout(refresh, every);
        }
        function refresh() {
            if (document.hidden || board.contains(document.activeElement)) {
                later();
                return;
            }
            fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
                .then(function (response) {
                    // Signed out meanwhile: the fetch followed the redirect
                    // to the sign-in page, which must not fill the board.
                    if (!response.ok || response.redirected) {
                        throw new Error(String(response.status));
                    }
                    return response.text();
                })
                .then(function (html) {
                    var before = board.querySelector("[data-help-summary]");
                    var said = before ? before.textContent : "";
                    board.innerHTML = html;
                    var summary = board.querySelector("[data-help-summary]");
                    if (announce && summary && summary.textContent !== said) {
                        announce.textContent = summary.textContent;
                    }
                })
                .catch(function () { /* try again at the next tick */ })
                .then(later);
        }
        later();
    }

    document.addEventListener("DOMContentLoaded", function () {
        focusMessages();
        readAloud();
        pollBoard();
    });
})();
