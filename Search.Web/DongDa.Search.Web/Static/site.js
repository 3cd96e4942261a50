// Progressive enhancement only: the page works fully without this file.
(function () {
  "use strict";
  var box = document.getElementById("q");
  // "/" moves to the search box, as on many search sites (not while typing in a field).
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.key === "/" && box && !(t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA"))) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
  // Changing the order applies it at once (the "Áp dụng" button does the same without JavaScript).
  var sort = document.getElementById("sort");
  if (sort && sort.form) {
    sort.addEventListener("change", function () { sort.form.submit(); });
  }
})();
