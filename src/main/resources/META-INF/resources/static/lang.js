// Remembers the language a reader picks with the toggle, so that "/" sends them there next time.
// Set here rather than by the server, so that reader pages carry no Set-Cookie and stay cacheable.
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a[data-lang-choice]") : null;
  if (!link) {
    return;
  }
  var lang = link.getAttribute("data-lang-choice");
  if (/^[A-Za-z0-9-]{1,35}$/.test(lang)) {
    document.cookie = "lang=" + lang + "; path=/; max-age=31536000; SameSite=Lax";
  }
});
