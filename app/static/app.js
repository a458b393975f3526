// Small behaviours shared by pages: a <select> or checkbox with data-autosubmit submits its
// form on change.
(function () {
  "use strict";
  document.querySelectorAll("[data-autosubmit]").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
})();
