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
  // Completions as you type, accent-insensitive (co q → cơ quan), from /api/suggest: a list box under the search box
  // (the ARIA combobox pattern), not a <datalist>, which browsers filter by the letters typed and so would hide "cơ quan".
  var combo = box && box.parentNode;
  if (box && box.form && window.fetch && window.AbortController && combo && combo.classList.contains("combo")) {
    var list = document.createElement("ul");
    list.id = "q-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Gợi ý");
    list.hidden = true;
    combo.appendChild(list);
    box.setAttribute("role", "combobox");
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-controls", list.id);
    box.setAttribute("aria-expanded", "false");
    var active = -1, timer = 0, pending = null;
    var options = function () { return list.querySelectorAll("[role=option]"); };
    var select = function (i) {
      var all = options();
      if (active >= 0 && all[active]) { all[active].setAttribute("aria-selected", "false"); }
      active = i;
      all[i].setAttribute("aria-selected", "true");
      box.setAttribute("aria-activedescendant", all[i].id);
    };
    var close = function () {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      box.setAttribute("aria-expanded", "false");
      box.removeAttribute("aria-activedescendant");
    };
    var choose = function (text) {
      box.value = text;
      close();
      box.form.submit();
    };
    var show = function (completions) {
      close();
      completions.forEach(function (c, i) {
        var item = document.createElement("li");
        item.id = "q-suggestion-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = c.text;
        // mousedown, not click: the box must not lose focus (and close the list) first.
        item.addEventListener("mousedown", function (e) { e.preventDefault(); choose(c.text); });
        list.appendChild(item);
      });
      list.hidden = completions.length === 0;
      box.setAttribute("aria-expanded", completions.length ? "true" : "false");
    };
    box.addEventListener("input", function () {
      clearTimeout(timer);
      var typed = box.value;
      if (!typed.trim()) { close(); return; }
      // Asked once typing pauses; an answer to older text is dropped.
      timer = setTimeout(function () {
        if (pending) { pending.abort(); }
        pending = new AbortController();
        fetch("/api/suggest?q=" + encodeURIComponent(typed), { signal: pending.signal, headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (d) { if (d && box.value === typed) { show(d.completions || []); } })
          .catch(function () { /* no completions: the box still searches */ });
      }, 120);
    });
    box.addEventListener("keydown", function (e) {
      var all = options();
      if (list.hidden || !all.length) { return; }
      if (e.key === "ArrowDown") { e.preventDefault(); select((active + 1) % all.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(active <= 0 ? all.length - 1 : active - 1); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(all[active].textContent); }
      else if (e.key === "Escape") { e.preventDefault(); close(); }
    });
    box.addEventListener("blur", close);
  }
  // Changing the order applies it at once (the "Áp dụng" button does the same without JavaScript).
  var sort = document.getElementById("sort");
  if (sort && sort.form) {
    sort.addEventListener("change", function () { sort.form.submit(); });
  }
})();
