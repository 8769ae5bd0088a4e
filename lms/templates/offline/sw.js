{% autoescape off %}/* Relais numérique: the service worker (issue 18), version __SW_VERSION__.
 *
 * Served at /sw.js by lms/offline.py. It only enhances: every page works
 * without it.
 * - Keeps the lesson pages a beneficiary opens (every step, the pictures at
 *   the size the phone shows) and the next lesson of each course they follow,
 *   only when the server marks a response `X-Relais-Offline: lesson`, never
 *   when it says `no-store`; within a budget, least recently read first out.
 * - Offline: a kept page opens; any other page gets « Hors connexion ».
 * - « Suivant », « J'ai terminé cette leçon » and simulator screens sent
 *   offline are queued (IndexedDB) with their CSRF token and an idempotency
 *   key, and sent again when the connection returns (Background Sync, or the
 *   next page that loads online).
 * - Sign-out, or another person on the device: everything kept is wiped.
 */
"use strict";

const VERSION = "__SW_VERSION__";
const STATIC_CACHE = "relais-static-" + VERSION;
const PAGES_CACHE = "relais-pages";
const PRECACHE = [{% for url in precache %}"{{ url|escapejs }}"{% if not forloop.last %}, {% endif %}{% endfor %}];
const QUEUED = [{% for pattern in queued %}new RegExp("{{ pattern|escapejs }}"){% if not forloop.last %}, {% endif %}{% endfor %}];
const OFFLINE_URL = "{{ offline_url|escapejs }}";
const LOGOUT_URL = "{{ logout_url|escapejs }}";
const LOGIN_PATH = "/connexion/";
// A queued action refused this many times (403) is dropped.
const FORBIDDEN_TRIES = 5;
const BUDGET_BYTES = {{ budget_bytes }};
const BUDGET_LESSONS = {{ budget_lessons }};
const HEADER = "X-Relais-Offline";
const SYNC_TAG = "relais-queue";

// IndexedDB: lessons kept, actions waiting, whose they are ------------------

function openDb() {
    return new Promise((resolve, reject) => {
        const request = indexedDB.open("relais-offline", 1);
        request.onupgradeneeded = () => {
            const db = request.result;
            db.createObjectStore("lessons", { keyPath: "id" });
            db.createObjectStore("queue", { keyPath: "key" });
            db.createObjectStore("meta", { keyPath: "name" });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
}

async function store(name, mode, action) {
    const db = await openDb();
    return new Promise((resolve, reject) => {
        const tx = db.transaction(name, mode);
        const request = action(tx.objectStore(name));
        tx.oncomplete = () => { db.close(); resolve(request ? request.result : undefined); };
        tx.onerror = () => { db.close(); reject(tx.error); };
        tx.onabort = () => { db.close(); reject(tx.error); };
    });
}

const all = (name) => store(name, "readonly", (s) => s.getAll());
const put = (name, value) => store(name, "readwrite", (s) => s.put(value));
const remove = (name, key) => store(name, "readwrite", (s) => s.delete(key));
const get = (name, key) => store(name, "readonly", (s) => s.get(key));

async function forgetPages() {
    await caches.delete(PAGES_CACHE);
    await store("lessons", "readwrite", (s) => s.clear());
}

async function wipe() {
    // Sign-out or another person: nothing personal stays.
    await forgetPages();
    await store("queue", "readwrite", (s) => s.clear());
    await store("meta", "readwrite", (s) => s.clear());
}

// Install, activate -----------------------------------------------------------

self.addEventListener("install", (event) => {
    event.waitUntil(
        caches.open(STATIC_CACHE)
            .then((cache) => cache.addAll(PRECACHE))
            .then(() => self.skipWaiting())
    );
});

self.addEventListener("activate", (event) => {
    event.waitUntil((async () => {
        for (const name of await caches.keys()) {
            if (name.startsWith("relais-static-") && name !== STATIC_CACHE) {
                await caches.delete(name);
            }
        }
        await self.clients.claim();
    })());
});

// What may be kept ------------------------------------------------------------

function keepable(response) {
    const control = (response.headers.get("Cache-Control") || "").toLowerCase();
    return response.ok && response.headers.get(HEADER) === "lesson" &&
        !control.includes("no-store");
}

async function offlinePage(status) {
    const cached = await caches.match(OFFLINE_URL);
    if (!cached) {
        return new Response("Hors connexion.", {
            status: status || 503, headers: { "Content-Type": "text/plain; charset=utf-8" },
        });
    }
    return new Response(await cached.blob(), {
        status: status || 503, headers: { "Content-Type": "text/html; charset=utf-8" },
    });
}

async function lessonOfUrl(url) {
    const path = new URL(url, self.location.origin).pathname;
    return (await all("lessons")).find((lesson) => lesson.urls.includes(path));
}

async function touch(url) {
    const lesson = await lessonOfUrl(url);
    if (lesson) {
        lesson.usedAt = Date.now();
        await put("lessons", lesson);
    }
}

async function navigate(request) {
    try {
        const response = await fetch(request);
        if (keepable(response)) {
            const cache = await caches.open(PAGES_CACHE);
            await cache.put(request.url, response.clone());
            await touch(request.url);
        }
        return response;
    } catch (error) {
        const cached = await caches.match(request.url, { cacheName: PAGES_CACHE });
        if (cached) {
            await touch(request.url);
            return cached;
        }
        return offlinePage(503);
    }
}

// Keeping a lesson and the next ones --------------------------------------------

function unescapeHtml(text) {
    return text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'")
        .replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

function attribute(html, name) {
    const found = new RegExp(name + '="([^"]*)"').exec(html);
    return found ? unescapeHtml(found[1]) : "";
}

// The picture the phone would show: from each <picture>'s first srcset (WebP),
// the smallest at least as wide as the screen's pixels, else the widest.
function picturesOf(html, width) {
    const urls = new Set();
    const pictures = html.match(/<picture[\s\S]*?<\/picture>/g) || [];
    for (const picture of pictures) {
        const srcset = /srcset="([^"]*)"/.exec(picture);
        if (!srcset) {
            continue;
        }
        const candidates = unescapeHtml(srcset[1]).split(",").map((part) => {
            const [url, size] = part.trim().split(/\s+/);
            return { url, width: parseInt(size, 10) || 0 };
        }).sort((a, b) => a.width - b.width);
        const chosen = candidates.find((c) => c.width >= width) || candidates[candidates.length - 1];
        if (chosen && chosen.url) {
            urls.add(new URL(chosen.url, self.location.origin).pathname);
        }
    }
    return Array.from(urls);
}

async function fetchKeep(cache, url) {
    const cached = await cache.match(url);
    if (cached) {
        return { response: cached, fresh: false };
    }
    const response = await fetch(url, { credentials: "same-origin" });
    return { response, fresh: true };
}

async function keepLesson(info, width) {
    const cache = await caches.open(PAGES_CACHE);
    const images = new Set();
    let bytes = 0;
    for (const url of info.urls) {
        const got = await fetchKeep(cache, url);
        if (got.fresh && !keepable(got.response)) {
            return; // the server did not allow it (signed out, not a beneficiary)
        }
        const html = await got.response.clone().text();
        bytes += html.length;
        if (got.fresh) {
            await cache.put(url, got.response);
        }
        if (info.images) {
            picturesOf(html, width).forEach((src) => images.add(src));
        }
    }
    for (const src of images) {
        try {
            const got = await fetchKeep(cache, src);
            const blob = await got.response.clone().blob();
            bytes += blob.size;
            if (got.fresh && got.response.ok) {
                await cache.put(src, got.response);
            }
        } catch (error) { /* a picture missing: the text still reads */ }
    }
    const before = await get("lessons", info.id);
    await put("lessons", {
        id: info.id, title: info.title, course: info.course, urls: info.urls,
        images: Array.from(images), bytes,
        usedAt: info.touch ? Date.now() : (before ? before.usedAt : Date.now() - 1),
    });
}

async function keepFrom(url, width, recent) {
    // A lesson to fetch ahead: its first page says what to keep with it.
    if (await lessonOfUrl(url)) {
        return;
    }
    const response = await fetch(url, { credentials: "same-origin" });
    if (!keepable(response)) {
        return;
    }
    const html = await response.clone().text();
    const id = attribute(html, "data-offline-lesson");
    if (!id) {
        return;
    }
    const path = new URL(response.url).pathname;
    const cache = await caches.open(PAGES_CACHE);
    await cache.put(path, response);
    const urls = attribute(html, "data-offline-urls").split(" ").filter(Boolean);
    await keepLesson({
        id: parseInt(id, 10),
        title: attribute(html, "data-offline-title"),
        course: attribute(html, "data-offline-course"),
        urls: urls.includes(path) ? urls : [path].concat(urls),
        images: attribute(html, "data-offline-images") === "1",
        touch: recent,
    }, width);
}

async function budget() {
    const lessons = (await all("lessons")).sort((a, b) => b.usedAt - a.usedAt);
    const kept = [];
    let total = 0;
    const cache = await caches.open(PAGES_CACHE);
    for (const lesson of lessons) {
        if (kept.length < BUDGET_LESSONS && total + lesson.bytes <= BUDGET_BYTES) {
            kept.push(lesson);
            total += lesson.bytes;
            continue;
        }
        const stillUsed = new Set(kept.flatMap((l) => l.urls.concat(l.images)));
        for (const url of lesson.urls.concat(lesson.images)) {
            if (!stillUsed.has(url)) {
                await cache.delete(url);
            }
        }
        await remove("lessons", lesson.id);
    }
}

async function keep(data) {
    const width = data.width || 720;
    await keepLesson({ ...data.lesson, touch: true }, width);
    for (const url of data.next || []) {
        try {
            await keepFrom(url, width, false);
        } catch (error) { /* offline again: next time */ }
    }
    await budget();
}

// Actions done offline ---------------------------------------------------------

function kindOf(path) {
    if (path === LOGOUT_URL) {
        return "logout";
    }
    const index = QUEUED.findIndex((pattern) => pattern.test(path));
    return ["step", "done", "simulator"][index] || null;
}

async function tell(message) {
    for (const client of await self.clients.matchAll({ includeUncontrolled: true })) {
        client.postMessage(message);
    }
}

async function queueStatus() {
    const queue = await all("queue");
    return { queued: queue.length, done: queue.filter((i) => i.kind === "done").map((i) => i.lessonId) };
}

async function whereNext(item, referrer) {
    // « Suivant »: the step asked for, as kept; otherwise back to the page.
    if (item.kind === "step") {
        const step = parseInt(new URLSearchParams(item.body).get("etape"), 10);
        const lesson = await get("lessons", item.lessonId);
        const url = lesson && lesson.urls.find((u) => u.endsWith("/etape/" + step + "/"));
        if (url) {
            return url + "#{{ step_anchor }}";
        }
    }
    return referrer || OFFLINE_URL;
}

async function post(event) {
    const request = event.request;
    const copy = request.clone();
    try {
        return await fetch(request);
    } catch (error) {
        const path = new URL(request.url).pathname;
        const kind = kindOf(path);
        if (!kind) {
            // A quiz answer, say: never kept for later, never graded here.
            return offlinePage(503);
        }
        const body = await copy.text();
        if (kind === "logout") {
            await wipe();
        }
        const lessonId = parseInt((/\/(\d+)\//.exec(path) || [])[1], 10) || null;
        const item = {
            key: self.crypto.randomUUID(), url: path, body, kind, lessonId,
            createdAt: Date.now(),
        };
        if (kind === "step") {
            // Only the last step reached in a lesson matters.
            for (const older of await all("queue")) {
                if (older.kind === "step" && older.lessonId === lessonId) {
                    await remove("queue", older.key);
                }
            }
        }
        await put("queue", item);
        if (self.registration.sync) {
            try { await self.registration.sync.register(SYNC_TAG); } catch (e) { /* no permission */ }
        }
        await tell({ type: "queued", status: await queueStatus() });
        const target = kind === "logout" ? OFFLINE_URL : await whereNext(item, request.referrer);
        return Response.redirect(target, 303);
    }
}

let replaying = null;

function withToken(body, token) {
    // The session's current token: the same person may have signed in again
    // (a new token) since the form was filled in.
    if (!token) {
        return body;
    }
    const form = new URLSearchParams(body);
    if (form.has("csrfmiddlewaretoken")) {
        form.set("csrfmiddlewaretoken", token);
    }
    return form.toString();
}

async function replayOnce(token) {
    const queue = (await all("queue")).sort((a, b) => a.createdAt - b.createdAt);
    let sent = 0;
    let refused = 0;
    let signin = false;
    for (const item of queue) {
        let response;
        try {
            response = await fetch(item.url, {
                method: "POST",
                body: item.kind === "logout" ? item.body : withToken(item.body, token),
                credentials: "same-origin",
                headers: {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Idempotency-Key": item.key,
                    "X-Relais-Queued-At": String(item.createdAt),
                },
            });
        } catch (error) {
            break; // still offline: later
        }
        if (new URL(response.url).pathname === LOGIN_PATH && item.kind !== "logout") {
            signin = true; // signed out meanwhile: kept until they sign in again
            break;
        }
        if (response.status >= 500) {
            break;
        }
        if (response.status === 403 && item.kind !== "logout") {
            // Refused by the CSRF check: its token (or the page's) is older
            // than the session, or the session's cookie is not there yet (the
            // connection came back before she signed in again). Kept until a
            // page of the signed-in person hands over the current token; given
            // up after a few refusals so that nothing blocks the queue forever.
            item.refusals = (item.refusals || 0) + 1;
            if (item.refusals < FORBIDDEN_TRIES) {
                await put("queue", item);
                break;
            }
        }
        await remove("queue", item.key);
        if (response.ok) {
            sent += 1;
        } else {
            refused += 1; // refused for good (an expired form): not kept forever
        }
    }
    const status = await queueStatus();
    await tell({ type: "replayed", sent, refused, signin, status });
    return status;
}

function replay(token) {
    if (!replaying) {
        replaying = replayOnce(token).finally(() => { replaying = null; });
    }
    return replaying;
}

self.addEventListener("sync", (event) => {
    if (event.tag === SYNC_TAG) {
        event.waitUntil(replay());
    }
});

// Requests and messages -----------------------------------------------------------

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.method === "POST") {
        if (request.mode === "navigate") {
            event.respondWith(post(event));
        }
        return;
    }
    if (request.method !== "GET") {
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(navigate(request));
        return;
    }
    if (url.pathname.startsWith("/static/") || url.pathname.startsWith("/media/")) {
        event.respondWith(
            caches.match(url.pathname).then((cached) => cached || fetch(request))
        );
    }
});

self.addEventListener("message", (event) => {
    const data = event.data || {};
    const port = event.ports && event.ports[0];
    const answer = (value) => { if (port) { port.postMessage(value); } };
    let work;
    if (data.type === "user") {
        work = (async () => {
            const known = await get("meta", "user");
            if (!data.user) {
                // Signed out (or the session ended): no page stays; what they
                // did offline waits for the same person to sign in again.
                await forgetPages();
            } else if (known && known.value !== data.user) {
                await wipe(); // another person on this device
            }
            if (data.user) {
                await put("meta", { name: "user", value: data.user });
            }
        })();
    } else if (data.type === "keep") {
        work = keep(data);
    } else if (data.type === "replay") {
        work = replay(data.token);
    } else if (data.type === "clear") {
        work = wipe();
    } else if (data.type === "status") {
        work = (async () => {
            const lessons = (await all("lessons")).sort((a, b) => b.usedAt - a.usedAt);
            return {
                lessons: lessons.map((l) => ({ title: l.title, course: l.course, url: l.urls[0] })),
                ...(await queueStatus()),
            };
        })();
    }
    if (work) {
        event.waitUntil(work.then(
            (value) => answer(value || { done: true }),
            () => answer({ failed: true })
        ));
    }
});
{% endautoescape %}
