/* Readability of a lesson as the trainer types (Wagtail page editor).
 *
 * Acts only where a panel names the check's URL (the lesson body panel). Reads
 * the StreamField's hidden inputs (Draftail keeps its text there), sends the
 * paragraphs and guided steps to the server, which owns the rule
 * (courses/readability.py), and shows its advice under each block. Without
 * JavaScript, the report « Lisibilité des leçons » gives the same advice. */
(function () {
  "use strict";

  var DELAY_MS = 700;

  function start() {
    var panel = document.querySelector("[data-readability-url]");
    if (!panel) return;
    var target = pageTarget(window.location.pathname);
    var form = panel.closest("form");
    if (!target || !form) return;
    var url = panel.getAttribute("data-readability-url");
    var notes = {};
    var summary = null;
    var timer = null;
    var lastPayload = "";
    var stopped = false;

    function field(name) {
      return form.querySelector('[name="' + name + '"]');
    }

    function value(name) {
      var input = field(name);
      return input ? input.value : "";
    }

    function richText(name) {
      // Draftail stores a Draft.js content state: one text per block (line).
      var raw = value(name);
      if (!raw) return "";
      try {
        return JSON.parse(raw).blocks.map(function (b) { return b.text; }).join("\n");
      } catch (e) {
        return "";
      }
    }

    function collect() {
      var units = [];
      var context = [];
      var glossary = [];
      var count = parseInt(value("body-count"), 10) || 0;
      var paragraphs = 0;
      for (var i = 0; i < count; i++) {
        var p = "body-" + i;
        if (!field(p + "-type") || value(p + "-deleted") === "1") continue;
        var type = value(p + "-type");
        if (type === "paragraph") {
          paragraphs += 1;
          units.push({key: p, label: "Paragraphe " + paragraphs, text: richText(p + "-value"),
                      anchor: p + "-value"});
        } else if (type === "guided_steps") {
          var title = value(p + "-value-title");
          context.push(title);
          var steps = parseInt(value(p + "-value-steps-count"), 10) || 0;
          var n = 0;
          for (var j = 0; j < steps; j++) {
            var s = p + "-value-steps-" + j;
            if (!field(s + "-value-instruction") || value(s + "-deleted") === "1") continue;
            n += 1;
            var text = richText(s + "-value-instruction");
            var tip = value(s + "-value-tip");
            units.push({key: s, label: "« " + title + " », étape " + n,
                        text: tip ? text + "\n" + tip : text, anchor: s + "-value-tip"});
          }
        } else if (type === "glossary_term") {
          glossary.push(value(p + "-value-term"));
          context.push(value(p + "-value-definition"));
        } else if (type === "heading") {
          context.push(value(p + "-value-text"));
        } else if (type === "callout") {
          context.push(richText(p + "-value-text"));
        }
      }
      return {units: units, context: context, glossary: glossary};
    }

    function noteFor(unit) {
      var note = notes[unit.key];
      if (note && note.isConnected) return note;
      var input = field(unit.anchor);
      var place = input && input.closest(".w-field");
      if (!place) return null;
      note = document.createElement("div");
      note.className = "readability-note";
      note.setAttribute("data-readability-note", unit.key);
      note.setAttribute("aria-live", "polite");
      place.insertAdjacentElement("afterend", note);
      notes[unit.key] = note;
      return note;
    }

    function render(note, heading, advice, ok) {
      var html = '<p class="readability-note__summary">' + escapeHtml(heading) + "</p>";
      if (advice.length) {
        html += "<ul>" + advice.map(function (a) {
          return "<li>" + escapeHtml(a) + "</li>";
        }).join("") + "</ul>";
      }
      if (note.innerHTML === html) return;
      note.innerHTML = html;
      note.classList.toggle("is-ok", ok);
      note.classList.toggle("is-warning", !ok);
    }

    function show(result, units) {
      var byKey = {};
      units.forEach(function (u) { byKey[u.key] = u; });
      result.units.forEach(function (r) {
        var unit = byKey[r.key];
        var note = unit && noteFor(unit);
        if (!note) return;
        if (!r.words) {
          note.hidden = true;
          return;
        }
        note.hidden = false;
        var heading = "Lisibilité : " + (r.ok ? "bien" : "à revoir") +
          (r.score === null ? "" : " (score " + r.score + ")") +
          " · phrase la plus longue : " + r.longest_words + " mots";
        render(note, heading, r.advice, r.ok);
      });
      if (!summary || !summary.isConnected) {
        summary = document.createElement("div");
        summary.className = "readability-note readability-note--lesson";
        summary.setAttribute("data-readability-summary", "");
        var content = panel.querySelector(".w-panel__content");
        (content || panel).insertAdjacentElement("afterbegin", summary);
      }
      var heading = "Lisibilité de la leçon (niveau " + (result.level || "?") + ") : " +
        (result.score === null ? "pas encore de texte" : "score " + result.score +
         ", visé " + result.min_score + " ou plus") +
        (result.ok ? ". Rien à corriger." : ".");
      var problems = result.units.filter(function (r) { return !r.ok; }).length;
      var advice = result.advice.slice();
      if (problems) {
        advice.push(problems === 1 ? "1 bloc à simplifier : voir le conseil sous ce bloc."
                    : problems + " blocs à simplifier : voir les conseils sous chaque bloc.");
      }
      render(summary, heading, advice, result.ok);
    }

    function check() {
      if (stopped) return;
      var data = collect();
      var payload = JSON.stringify({
        page: target.page, parent: target.parent,
        units: data.units.map(function (u) { return {key: u.key, label: u.label, text: u.text}; }),
        context: data.context, glossary: data.glossary
      });
      if (payload === lastPayload) return;
      lastPayload = payload;
      var token = form.querySelector("input[name=csrfmiddlewaretoken]");
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRFToken": token ? token.value : ""},
        body: payload
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      }).then(function (result) {
        if (!result.checked) {
          stopped = true;  // a professionals' lesson: nothing to check
          return;
        }
        show(result, data.units);
      }).catch(function () {
        lastPayload = "";  // try again on the next change
      });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DELAY_MS);
    }

    ["input", "keyup", "change", "paste", "click"].forEach(function (name) {
      panel.addEventListener(name, later);
    });
    later();
  }

  function pageTarget(path) {
    var edit = path.match(/\/pages\/(\d+)\/edit\/$/);
    if (edit) return {page: parseInt(edit[1], 10), parent: null};
    var add = path.match(/\/pages\/add\/courses\/lessonpage\/(\d+)\/$/);
    if (add) return {page: null, parent: parseInt(add[1], 10)};
    return null;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
