// Small behaviours shared by pages: a <select data-autosubmit> submits its form on change.
(function () {
  "use strict";
  document.querySelectorAll("select[data-autosubmit]").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
})();
