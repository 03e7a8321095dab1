/* The header search box suggests titles as you type (ARIA 1.2 combobox with a
   listbox popup): Down and Up move through the suggestions, Enter opens the one
   chosen (or searches), Escape closes the list. Without JavaScript the box is a
   plain search form. */
(function () {
  "use strict";
  const input = document.getElementById("site-search-input");
  if (!input) return;
  const list = document.getElementById(input.getAttribute("aria-controls"));
  const status = input.form.querySelector("[data-suggest-status]");
  const url = input.dataset.suggestUrl;
  let active = -1;
  let timer = null;
  let asked = "";

  function options() {
    return Array.from(list.querySelectorAll("[role=option]"));
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function choose(index) {
    const found = options();
    if (!found.length) return;
    active = (index + found.length) % found.length;
    found.forEach(function (option, i) {
      option.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    input.setAttribute("aria-activedescendant", found[active].id);
    found[active].scrollIntoView({ block: "nearest" });
  }

  function show(results) {
    list.replaceChildren();
    results.forEach(function (result, i) {
      const option = document.createElement("li");
      option.id = "site-search-option-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.url = result.url;
      const title = document.createElement("span");
      title.textContent = result.title;
      option.appendChild(title);
      if (result.type) {
        const type = document.createElement("small");
        type.textContent = result.type;
        option.appendChild(type);
      }
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.assign(result.url);
      });
      list.appendChild(option);
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (results.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
    status.textContent = results.length ? results.length + " " + list.dataset.count : "";
  }

  function ask() {
    const query = input.value.trim();
    if (query === asked) return;
    asked = query;
    if (query.length < 2) {
      show([]);
      return;
    }
    fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : { results: [] };
      })
      .then(function (data) {
        if (input.value.trim() === query) show(data.results || []);
      })
      .catch(function () {
        show([]);
      });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden && options().length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      choose(active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      choose(active - 1);
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.url);
    }
  });
  input.addEventListener("blur", function () {
    setTimeout(close, 100);
  });
})();
