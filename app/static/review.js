// Review page: page viewer (page through, zoom, evidence box) and the in-place editor
// (Enter saves, n/Tab goes to the next flagged field, Esc undoes).
(function () {
  "use strict";
  var root = document.querySelector(".review");
  if (!root) return;
  var nPages = parseInt(root.dataset.pages, 10) || 0;
  var pageBase = root.dataset.pageUrl;
  var img = document.getElementById("page-img");
  var box = document.getElementById("box");
  var pageNo = document.getElementById("page-no");
  var pageEl = document.getElementById("page");
  var status = document.getElementById("save-status");
  var reason = document.getElementById("reason");
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var current = 1, zoom = 100;
  var flowBoxes = {};  // Word/Excel: indicator id → {page, box}, located on the converted PDF
  if (root.dataset.pages === "" && img) {
    // Word/Excel: the page count is known once LibreOffice has converted the file
    nPages = 1;
    fetch(root.dataset.infoUrl, {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (d) {
        nPages = d.pages || 0;
        flowBoxes = d.boxes || {};
        document.getElementById("page-total").textContent = nPages || "—";
        var c = document.getElementById("converting"); if (c) c.remove();
        var sel = document.querySelector("tr.field.selected");
        if (sel) showBox(sel);
      });
  }

  function showPage(n) {
    if (!nPages || !img) return;
    n = Math.max(1, Math.min(nPages, n));
    if (n !== current) {
      current = n;
      img.src = pageBase + n + ".png";
      img.alt = "原件第" + n + "页";
      pageNo.textContent = n;
    }
  }
  function showBox(row) {
    if (!box) return;
    var page = parseInt(row.dataset.page, 10);
    var b = [];
    try { b = JSON.parse(row.dataset.box || "[]"); } catch (e) { b = []; }
    var located = flowBoxes[(row.dataset.field || "").replace(/^value:/, "")];
    if (located && !(b && b.length === 4)) { page = located.page; b = located.box; }
    if (page) showPage(page);
    if (b && b.length === 4) {
      box.style.left = b[0] + "%"; box.style.top = b[1] + "%";
      box.style.width = b[2] + "%"; box.style.height = b[3] + "%";
      box.hidden = false;
      box.scrollIntoView({block: "center", inline: "center", behavior: "smooth"});
    } else {
      box.hidden = true;
    }
  }
  function setZoom(z) {
    zoom = Math.max(50, Math.min(400, z));
    if (pageEl) pageEl.style.width = zoom + "%";
  }
  var bind = function (id, fn) { var e = document.getElementById(id); if (e) e.addEventListener("click", fn); };
  bind("prev-page", function () { box && (box.hidden = true); showPage(current - 1); });
  bind("next-page", function () { box && (box.hidden = true); showPage(current + 1); });
  bind("zoom-in", function () { setZoom(zoom + 25); });
  bind("zoom-out", function () { setZoom(zoom - 25); });

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.field")); }
  function nextFlagged(from) {
    var all = rows(), i = all.indexOf(from);
    for (var k = 1; k <= all.length; k++) {
      var r = all[(i + k) % all.length];
      if (r.classList.contains("flagged")) return r;
    }
    return null;
  }
  function focusRow(row) {
    if (!row) return;
    var inp = row.querySelector("input.value");
    if (inp) { inp.focus(); inp.select(); } else { select(row); }
  }
  function select(row) {
    rows().forEach(function (r) { r.classList.remove("selected"); });
    row.classList.add("selected");
    showBox(row);
  }

  function save(row, inp, then, confirm) {
    // unchanged: nothing to save, unless the reviewer confirms a flagged figure with Enter
    if (inp.value === inp.dataset.original && !(confirm && inp.value !== "")) { if (then) then(row); return; }
    status.textContent = "正在保存…"; status.className = "save-status";
    fetch(root.dataset.saveUrl, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf},
      body: JSON.stringify({field: row.dataset.field, value: inp.value, reason: reason ? reason.value : "",
                            confirm: !!confirm})
    }).then(function (r) { return r.json().then(function (d) { return [r.ok, d]; }); })
      .then(function (res) {
        var ok = res[0], d = res[1];
        if (!ok || !d.ok) {
          status.textContent = d.error || "保存失败"; status.className = "save-status error";
          inp.focus(); inp.select();
          return;
        }
        var tmp = document.createElement("tbody");
        tmp.innerHTML = d.row;  // rendered by the server with autoescape
        var fresh = tmp.firstElementChild;
        row.replaceWith(fresh);
        document.getElementById("checks").outerHTML = d.checks;
        document.getElementById("history").outerHTML = d.history;
        document.getElementById("flag-count").textContent = document.querySelectorAll("tr.field.flagged").length;
        status.textContent = "已保存"; status.className = "save-status ok";
        if (then) then(fresh);
      })
      .catch(function () { status.textContent = "网络错误，未保存"; status.className = "save-status error"; });
  }

  document.addEventListener("focusin", function (e) {
    var row = e.target.closest && e.target.closest("tr.field");
    if (row) select(row);
  });
  document.addEventListener("click", function (e) {
    var row = e.target.closest && e.target.closest("tr.field");
    if (row && e.target.tagName !== "INPUT") focusRow(row);
  });
  document.addEventListener("keydown", function (e) {
    var inp = e.target;
    if (!inp.classList || !inp.classList.contains("value")) return;
    var row = inp.closest("tr.field");
    if (e.key === "Enter") {
      e.preventDefault();
      save(row, inp, function (fresh) { focusRow(nextFlagged(fresh) || fresh); },
           row.classList.contains("flagged"));
    } else if (e.key === "Escape") {
      inp.value = inp.dataset.original;
    } else if (e.key === "n" || (e.key === "Tab" && !e.shiftKey)) {
      e.preventDefault();
      save(row, inp, function (fresh) { focusRow(nextFlagged(fresh)); });
    }
  });
  var first = document.querySelector("tr.field.flagged") || document.querySelector("tr.field");
  if (first) select(first);
})();
