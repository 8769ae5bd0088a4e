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

    // Read aloud (includes/read_aloud.html): reads the target paragraph by
    // paragraph with the browser's own French voice, for people who read with
    // difficulty. The paragraph being read gets the class "is-reading"; the
    // button plays, pauses and resumes; "Arrêter" stops. Shown only where
    // speech synthesis exists.
    var READABLE = "h1, h2, h3, p, li, dt, dd, figcaption, legend, label, td, th";
    // How long a paragraph may take to start before the device is deemed
    // unable to speak (a phone loading its voice takes a second or two).
    var START_TIMEOUT_MS = 6000;

    function frenchVoice() {
        var voices = window.speechSynthesis.getVoices() || [];
        var exact = voices.filter(function (v) { return v.lang === "fr-FR" || v.lang === "fr_FR"; });
        if (exact.length) {
            return exact[0];
        }
        var french = voices.filter(function (v) { return /^fr/i.test(v.lang); });
        return french.length ? french[0] : null;
    }

    function readableParts(target) {
        var found = target.querySelectorAll(READABLE);
        return Array.prototype.filter.call(found, function (el) {
            if (el.closest("[data-read-aloud], [data-read-aloud-skip], [aria-hidden='true'], [hidden], .visually-hidden")) {
                return false;
            }
            // An item holding paragraphs is read through them, once.
            if (el.querySelector(READABLE)) {
                return false;
            }
            return el.innerText && el.innerText.trim() !== "";
        });
    }

    var current = null; // the reader speaking now, if any

    function setUpReader(holder) {
        var target = document.querySelector(holder.getAttribute("data-read-aloud-target"));
        if (!target) {
            return;
        }
        var button = holder.querySelector("[data-read-aloud-button]");
        var stopButton = holder.querySelector("[data-read-aloud-stop]");
        var label = holder.querySelector("[data-read-aloud-label]");
        var failedNote = holder.querySelector("[data-read-aloud-failed]");
        var parts = [];
        var index = 0;
        var reader = {};
        holder.hidden = false;

        function show(state) {
            button.setAttribute("data-state", state);
            var key = state === "playing" ? "pause" : state === "paused" ? "resume" : "play";
            label.textContent = holder.getAttribute("data-label-" + key);
            stopButton.hidden = state === "idle";
        }
        function unmark() {
            Array.prototype.forEach.call(target.querySelectorAll(".is-reading"), function (el) {
                el.classList.remove("is-reading");
            });
        }
        function speak() {
            if (index >= parts.length) {
                reader.stop();
                return;
            }
            var part = parts[index];
            var utterance = new SpeechSynthesisUtterance(part.innerText.trim());
            utterance.lang = "fr-FR";
            var voice = frenchVoice();
            if (voice) {
                utterance.voice = voice;
            }
            utterance.rate = 0.9;
            var started = false;
            utterance.onstart = function () {
                started = true;
                unmark();
                part.classList.add("is-reading");
            };
            utterance.onerror = function (event) {
                // Cancelling (« Arrêter », another reader) is no failure.
                if (event && (event.error === "interrupted" || event.error === "canceled")) {
                    return;
                }
                reader.fail();
            };
            // A device without any voice may neither speak nor say why: the
            // button would show « Mettre en pause » over silence.
            window.setTimeout(function () {
                if (!started && current === reader && button.getAttribute("data-state") === "playing") {
                    reader.fail();
                }
            }, START_TIMEOUT_MS);
            utterance.onend = function () {
                if (current !== reader || button.getAttribute("data-state") === "idle") {
                    return;
                }
                part.classList.remove("is-reading");
                index += 1;
                speak();
            };
            window.speechSynthesis.speak(utterance);
        }
        reader.fail = function () {
            reader.stop();
            failedNote.hidden = false;
        };
        reader.stop = function () {
            if (current === reader) {
                current = null;
            }
            show("idle");
            window.speechSynthesis.cancel();
            unmark();
        };
        button.addEventListener("click", function () {
            var state = button.getAttribute("data-state");
            if (state === "playing") {
                window.speechSynthesis.pause();
                show("paused");
            } else if (state === "paused") {
                window.speechSynthesis.resume();
                show("playing");
            } else {
                if (current) {
                    current.stop();
                }
                current = reader;
                failedNote.hidden = true;
                window.speechSynthesis.cancel();
                parts = readableParts(target);
                index = 0;
                show("playing");
                speak();
            }
        });
        stopButton.addEventListener("click", function () {
            reader.stop();
            button.focus();
        });
        show("idle");
    }

    function readAloud() {
        if (!("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {
            return;
        }
        window.speechSynthesis.getVoices(); // starts loading the voices
        Array.prototype.forEach.call(document.querySelectorAll("[data-read-aloud]"), setUpReader);
        window.addEventListener("pagehide", function () { window.speechSynthesis.cancel(); });
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

// --- Background exports (exports app): the progress page ------------------
// Asks the job's status address every 1.5 s and moves the bar; once the job
// is done or has failed, reloads the page for its download link or its
// « Réessayer » button. Without JavaScript, a <noscript> refresh does it.
(function () {
    "use strict";

    function followExport() {
        var job = document.querySelector("[data-export-job]");
        if (!job || !window.fetch) {
            return;
        }
        var status = job.getAttribute("data-status");
        if (status !== "pending" && status !== "running") {
            return;
        }
        var url = job.getAttribute("data-status-url");
        var bar = job.querySelector("[data-export-bar]");
        var percent = job.querySelector("[data-export-percent]");
        var label = job.querySelector("[data-export-status]");
        function later() {
            window.setTimeout(refresh, 1500);
        }
        function refresh() {
            fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
                .then(function (response) {
                    if (!response.ok || response.redirected) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(function (state) {
                    if (!state.in_progress) {
                        window.location.reload();
                        return;
                    }
                    if (bar) {
                        bar.value = state.percent;
                        bar.textContent = state.percent + " %";
                    }
                    if (percent && state.total) {
                        percent.textContent = state.percent + " % — " + state.done +
                            " lignes écrites sur " + state.total;
                    }
                    if (label) {
                        label.textContent = state.status_label;
                    }
                    later();
                })
                .catch(later);
        }
        later();
    }

    document.addEventListener("DOMContentLoaded", followExport);
})();

// --- Light and offline (issue 18) ------------------------------------------
// Registers the service worker (/sw.js, lms/templates/offline/sw.js), shows
// « Hors connexion » while the connection is cut, says honestly whether what
// was done offline is « Enregistré » or « En attente d'envoi », hands the
// worker the lesson to keep (courses/offline.py decides what) and lists the
// kept lessons on the offline page. Without it, every page works online.
(function () {
    "use strict";

    var banner = document.querySelector("[data-offline-banner]");
    var queueNote = document.querySelector("[data-offline-queue]");

    function showOffline() {
        var offline = navigator.onLine === false;
        if (banner) {
            banner.hidden = !offline;
        }
        Array.prototype.forEach.call(document.querySelectorAll("[data-needs-connection]"), function (note) {
            note.hidden = !offline;
        });
        Array.prototype.forEach.call(document.querySelectorAll("[data-online-only]"), function (link) {
            link.hidden = offline;
        });
    }

    function plural(n, one, many) {
        return n + " " + (n > 1 ? many : one);
    }

    function showQueue(status, sent) {
        if (!queueNote || !status) {
            return;
        }
        if (status.queued) {
            queueNote.className = "offline-queue offline-queue--waiting";
            queueNote.textContent = "En attente d'envoi : " +
                plural(status.queued, "action faite hors connexion", "actions faites hors connexion") +
                (status.queued > 1 ? ". Elles seront enregistrées" : ". Elle sera enregistrée") +
                " au retour de la connexion.";
            queueNote.hidden = false;
        } else if (sent) {
            queueNote.className = "offline-queue offline-queue--sent";
            queueNote.textContent = "Enregistré : ce que vous avez fait hors connexion est envoyé.";
            queueNote.hidden = false;
        } else {
            queueNote.hidden = true;
        }
        var lesson = document.querySelector("[data-offline-lesson]");
        var done = document.querySelector(".lesson-done form");
        if (lesson && done && status.done) {
            var id = parseInt(lesson.getAttribute("data-offline-lesson"), 10);
            if (status.done.indexOf(id) !== -1) {
                done.hidden = true;
                var note = document.querySelector("[data-offline-done]") || document.createElement("p");
                note.setAttribute("data-offline-done", "");
                note.className = "offline-queue offline-queue--waiting";
                note.textContent = "Leçon terminée : en attente d'envoi.";
                done.parentNode.insertBefore(note, done);
            }
        }
    }

    function ask(worker, message) {
        return new Promise(function (resolve) {
            var channel = new MessageChannel();
            channel.port1.onmessage = function (event) { resolve(event.data); };
            worker.postMessage(message, [channel.port2]);
        });
    }

    function listKept(status) {
        var section = document.querySelector("[data-offline-available]");
        var list = document.querySelector("[data-offline-list]");
        if (!section || !list || !status) {
            return;
        }
        section.hidden = false;
        list.textContent = "";
        (status.lessons || []).forEach(function (lesson) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = lesson.url;
            link.textContent = lesson.title;
            item.appendChild(link);
            if (lesson.course) {
                var course = document.createElement("span");
                course.className = "meta";
                course.textContent = " — " + lesson.course;
                item.appendChild(course);
            }
            list.appendChild(item);
        });
        document.querySelector("[data-offline-none]").hidden = list.children.length > 0;
    }

    function lessonToKeep() {
        var holder = document.querySelector("[data-offline-lesson]");
        if (!holder) {
            return null;
        }
        function list(name) {
            return (holder.getAttribute(name) || "").split(" ").filter(Boolean);
        }
        var width = Math.min(window.innerWidth || 360, 540) * (window.devicePixelRatio || 1);
        return {
            type: "keep",
            width: Math.ceil(width),
            lesson: {
                id: parseInt(holder.getAttribute("data-offline-lesson"), 10),
                title: holder.getAttribute("data-offline-title"),
                course: holder.getAttribute("data-offline-course"),
                urls: list("data-offline-urls"),
                images: holder.getAttribute("data-offline-images") === "1"
            },
            next: list("data-offline-next")
        };
    }

    // This session's CSRF token (from any form of the page), for actions
    // queued under an earlier one.
    function csrfToken() {
        var field = document.querySelector("input[name=csrfmiddlewaretoken]");
        return field && banner && banner.getAttribute("data-offline-user") ? field.value : "";
    }

    function talk(worker) {
        var steps = [];
        if (banner && banner.hasAttribute("data-offline-user")) {
            // Another person, or nobody: the worker forgets what it kept.
            steps.push(function () {
                return ask(worker, { type: "user", user: banner.getAttribute("data-offline-user") });
            });
        }
        if (navigator.onLine !== false) {
            steps.push(function () { return ask(worker, { type: "replay", token: csrfToken() }); });
            var keep = lessonToKeep();
            if (keep) {
                steps.push(function () { return ask(worker, keep); });
            }
        }
        steps.push(function () {
            return ask(worker, { type: "status" }).then(function (status) {
                showQueue(status, false);
                listKept(status);
            });
        });
        return steps.reduce(function (chain, step) { return chain.then(step); }, Promise.resolve());
    }

    function start() {
        showOffline();
        window.addEventListener("offline", showOffline);
        window.addEventListener("online", showOffline);
        if (!("serviceWorker" in navigator) || !window.MessageChannel) {
            return;
        }
        navigator.serviceWorker.addEventListener("message", function (event) {
            var data = event.data || {};
            if (data.type === "queued" || data.type === "replayed") {
                showQueue(data.status, data.sent > 0);
            }
        });
        navigator.serviceWorker.register("/sw.js").then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            var worker = registration.active;
            document.documentElement.setAttribute("data-offline-ready", "");
            window.addEventListener("online", function () {
                ask(worker, { type: "replay", token: csrfToken() });
            });
            return talk(worker).then(function () {
                document.documentElement.setAttribute("data-offline-kept", "");
            });
        }).catch(function () { /* no worker: the site works online */ });
    }

    document.addEventListener("DOMContentLoaded", start);
})();
