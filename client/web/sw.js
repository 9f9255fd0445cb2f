// Stegvis participant app: the service worker (scope /app/), written by
// `stegvis build-client` with the build's id and its list of files.
//
// - The app shell (index.html, the Flutter engine, Pyodide, the app's Python, fonts)
//   comes from this build's cache first: after one visit the app starts with no network.
//   Its URLs are named by content, so a cached file is never stale; a new build is a new
//   service worker with a new cache, the old one is deleted when it takes over.
// - Audio (/audio/<hash>.mp3, content-addressed) is answered from the audio cache the app
//   fills with the participant's language (Range requests too, as <audio> makes them).
// - The API is never answered from here: the app keeps the catalog and the ticks in the
//   browser's storage and knows when it is offline.
// - The coach area (/app/coach, Flet server mode) always goes to the network.

const BUILD = "__BUILD__";
const CACHE = "stegvis-app-" + BUILD;
const AUDIO = "stegvis-audio";
const SHELL = "/app/";
const PRECACHE = __PRECACHE__;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The shell is revalidated; the versioned files may come from the HTTP cache the
    // page's own first visit just filled.
    await cache.add(new Request(SHELL, { cache: "no-cache" }));
    await cache.addAll(PRECACHE.filter((url) => url !== SHELL));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("stegvis-app-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  const urls = (event.data && event.data.keep) || [];
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const url of urls) {
      if (new URL(url).pathname.startsWith("/app/rt/") && !(await cache.match(url))) {
        try { await cache.add(url); } catch (e) { /* kept when next fetched */ }
      }
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (path.startsWith("/app/rt/") || path.startsWith("/app/pkg/")) {
    event.respondWith(cacheFirst(request));
  } else if (path.startsWith("/audio/")) {
    event.respondWith(audio(request));
  } else if (request.mode === "navigate" && path.startsWith("/app")
             && !/^\/app\/coach(\/|$)/.test(path)) {
    // Every participant route (/app/station/<code>, /app/checklist/<slug>, ...) is the
    // same page; the app reads the route.
    event.respondWith(shell(request));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

async function shell(request) {
  const hit = await caches.match(SHELL, { cacheName: CACHE });
  if (hit) return hit;
  return fetch(request);
}

async function audio(request) {
  const hit = await caches.match(request.url, { ignoreSearch: true, ignoreVary: true });
  if (!hit) return fetch(request);
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get("range") || "");
  if (!range) return hit;
  const body = await hit.arrayBuffer();
  const size = body.byteLength;
  const start = range[1] === "" ? Math.max(0, size - Number(range[2])) : Number(range[1]);
  const end = range[1] !== "" && range[2] !== "" ? Math.min(Number(range[2]), size - 1)
                                                 : size - 1;
  if (start >= size || start > end) {
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  }
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: {
      "Content-Type": hit.headers.get("Content-Type") || "audio/mpeg",
      "Content-Range": `bytes ${start}-${end}/${size}`,
      "Content-Length": String(end - start + 1),
      "Accept-Ranges": "bytes",
    },
  });
}
