// Enhancements only: every page works without this.
(function () {
  var d = document;
  var root = d.documentElement;
  // The shipped fonts once the first clip has loaded (or failed, or 4 s passed),
  // so they never share the network with it; at once where nothing preloads.
  var fontsOn = function () { if (!/\bfonts\b/.test(root.className)) root.className += " fonts"; };
  var first = d.querySelector("audio[data-first]");
  if (!first || first.readyState >= 4) {
    fontsOn();
  } else {
    first.addEventListener("canplaythrough", fontsOn);
    first.addEventListener("error", fontsOn);
    setTimeout(fontsOn, 4000);
  }
  var all = [].slice.call(d.querySelectorAll("audio"));
  // One voice at a time.
  all.forEach(function (a) {
    a.addEventListener("play", function () {
      all.forEach(function (b) { if (b !== a && !b.paused) b.pause(); });
    });
  });
  // Speaker buttons: the hidden player beside each one says its text.
  [].forEach.call(d.querySelectorAll("button.say-btn"), function (b) {
    var a = d.getElementById(b.getAttribute("data-for"));
    if (!a) return;
    b.hidden = false;
    a.addEventListener("play", function () { b.classList.add("on"); });
    a.addEventListener("pause", function () { b.classList.remove("on"); });
    a.addEventListener("ended", function () { b.classList.remove("on"); });
    b.addEventListener("click", function () {
      if (!a.paused) { a.pause(); return; }
      a.currentTime = 0;
      var p = a.play();
      if (p && p.catch) p.catch(function () {});
    });
  });
  // Chooser: a tap on the name says it, then chooses it.
  [].forEach.call(d.querySelectorAll("a[data-say]"), function (link) {
    link.addEventListener("click", function (ev) {
      var a = d.getElementById(link.getAttribute("data-say"));
      if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
      ev.preventDefault();
      var gone = false;
      var go = function () { if (!gone) { gone = true; location.href = link.href; } };
      a.addEventListener("ended", go);
      a.addEventListener("error", go);
      setTimeout(go, 4000);
      var p = a.play();
      if (p && p.catch) p.catch(go);
    });
  });
  // Play all: the steps in order, the current one marked.
  var btn = d.getElementById("play-all");
  var queue = [].slice.call(d.querySelectorAll("audio[data-seq]"));
  if (!btn || !queue.length) return;
  btn.hidden = false;
  var i = -1, on = false;
  var mark = function (a) {
    [].forEach.call(d.querySelectorAll(".step.now"), function (s) { s.classList.remove("now"); });
    var s = a && a.closest(".step");
    if (s) { s.classList.add("now"); s.scrollIntoView({ block: "center", behavior: "smooth" }); }
  };
  var stop = function () {
    on = false;
    if (queue[i]) queue[i].pause();
    mark(null);
    btn.textContent = btn.getAttribute("data-play");
  };
  var next = function () {
    i += 1;
    if (i >= queue.length) { stop(); return; }
    var a = queue[i];
    mark(a);
    a.currentTime = 0;
    var p = a.play();
    if (p && p.catch) p.catch(stop);
  };
  queue.forEach(function (a) {
    a.addEventListener("ended", function () { if (on && queue[i] === a) next(); });
  });
  all.forEach(function (a) {
    a.addEventListener("play", function () { if (on && queue[i] !== a) stop(); });
  });
  btn.addEventListener("click", function () {
    if (on) { stop(); return; }
    on = true; i = -1;
    btn.textContent = btn.getAttribute("data-stop");
    next();
  });
})();
