// Upload page: drag and drop (or choose) files, send them, then follow each batch's
// progress until every file is processed. No framework, no CDN.
(function () {
  "use strict";
  var drop = document.getElementById("drop");
  var input = document.getElementById("file-input");
  var batches = document.getElementById("batches");
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var UPLOAD_URL = drop.dataset.uploadUrl, BATCH_URL = drop.dataset.batchUrl, DOC_URL = drop.dataset.docUrl;
  var STATUS = {queued: "排队中", processing: "处理中", done: "已完成", failed: "失败"};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;  // textContent: file names are never HTML
    return e;
  }

  function send(files) {
    if (!files.length) return;
    var box = el("div", "card batch");
    var title = el("h2", null, "正在上传 " + files.length + " 个文件…");
    var bar = el("progress"); bar.max = 100; bar.value = 0;
    var summary = el("p", "hint");
    var list = el("ul", "batch-files");
    box.append(title, bar, summary, list);
    batches.prepend(box);
    var form = new FormData();
    for (var i = 0; i < files.length; i++) form.append("file", files[i], files[i].name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", UPLOAD_URL);
    xhr.setRequestHeader("X-CSRFToken", csrf);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) bar.value = Math.round(50 * e.loaded / e.total);
    };
    xhr.onload = function () {
      var data;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = {error: "上传失败，请重试"}; }
      if (xhr.status >= 400) {
        title.textContent = "上传未成功";
        summary.textContent = data.error || "上传失败，请重试";
        summary.className = "flash error";
        return;
      }
      var dup = data.files.filter(function (f) { return f.duplicate; }).length;
      var refused = data.files.filter(function (f) { return f.error; });
      title.textContent = "第 " + (data.batch || "—") + " 批：已收到 " + data.files.length + " 个文件";
      var notes = [];
      if (dup) notes.push(dup + " 个文件之前已上传过，未重复登记");
      refused.forEach(function (f) { notes.push(f.name + "：" + f.error); });
      summary.textContent = notes.join("；");
      data.files.forEach(function (f) {
        if (!f.duplicate || !f.id) return;
        var li = el("li", "dup");
        var a = el("a", null, f.name); a.href = DOC_URL + f.id;
        li.append(a, el("span", "st", " 已存在（#" + f.id + "）"));
        list.append(li);
      });
      if (data.batch) follow(data.batch, bar, list, title);
      else bar.value = 100;
    };
    xhr.onerror = function () {
      title.textContent = "上传未成功";
      summary.textContent = "网络中断，请检查网络后重试";
    };
    xhr.send(form);
  }

  function follow(batchId, bar, list, title) {
    var rows = {};
    function tick() {
      fetch(BATCH_URL + batchId, {credentials: "same-origin"})
        .then(function (r) { return r.json(); })
        .then(function (p) {
          bar.value = p.total ? 50 + Math.round(50 * p.finished / p.total) : 100;
          title.textContent = "第 " + batchId + " 批：已处理 " + p.finished + " / " + p.total +
            (p.counts.failed ? "（失败 " + p.counts.failed + "）" : "");
          p.documents.forEach(function (d) {
            var li = rows[d.id];
            if (!li) {
              li = rows[d.id] = el("li");
              var a = el("a", null, d.filename); a.href = DOC_URL + d.id;
              li.append(a, el("span", "st"), el("div", "err"));
              list.append(li);
            }
            li.className = "status-" + d.status;
            li.querySelector(".st").textContent = " " + STATUS[d.status] +
              (d.unit ? " · " + d.unit : "") + (d.period ? " · " + d.period : "");
            li.querySelector(".err").textContent = d.error || "";
          });
          if (p.finished < p.total) setTimeout(tick, 1000);
          else title.classList.add("finished");
        })
        .catch(function () { setTimeout(tick, 3000); });
    }
    tick();
  }

  input.addEventListener("change", function () { send(input.files); input.value = ""; });
  ["dragenter", "dragover"].forEach(function (ev) {
    drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (ev) {
    drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) { send(e.dataTransfer.files); });
})();
