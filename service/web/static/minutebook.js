// minutebook: the pages work without this. It says "looking…" while a slow question is answered.
document.addEventListener("submit", (event) => {
  const form = event.target;
  const busy = form.querySelector(".busy");
  if (busy && form.dataset.busy) {
    busy.textContent = form.dataset.busy;
    form.querySelector("button[type=submit]")?.setAttribute("aria-disabled", "true");
  }
});
