// Enhancements only: every page works without this.
(function () {
  var d = document;
  d.documentElement.className += " js";
  var all = [].slice.call(d.querySelectorAll("audio"));
  // One voice at a time.
  all.forEach(function (a) {
    a.addEventListener("play", function () {
      all.forEach(function (b) { if (b !== a && !b.paused) b.pause(); });
    });
  });
  // Chooser: a tap says the language's name, then chooses it.
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
