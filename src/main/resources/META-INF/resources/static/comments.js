// Answering a comment without leaving the article: "Reply" moves the comment form under the
// comment and sets the comment it answers; "Cancel" puts it back. Without this script, the
// "Reply" link opens the reply page, which does the same job.
(function () {
  function closest(node, selector) {
    return node && node.closest ? node.closest(selector) : null;
  }

  function reply(link, form) {
    var comment = closest(link, ".comment-body");
    if (!comment) {
      return;
    }
    comment.appendChild(form);
    form.elements.parentId.value = link.getAttribute("data-reply-to");
    form.querySelector(".cancel-reply").hidden = false;
    form.elements.body.focus();
  }

  function cancel(form) {
    var home = document.getElementById("comment-form-home");
    if (home) {
      home.appendChild(form);
    }
    form.elements.parentId.value = "";
    form.querySelector(".cancel-reply").hidden = true;
    form.elements.name.focus();
  }

  document.addEventListener("click", function (event) {
    var form = document.getElementById("comment-form");
    if (!form || !form.elements.parentId) {
      return;
    }
    var link = closest(event.target, "a[data-reply-to]");
    if (link && /^[0-9]+$/.test(link.getAttribute("data-reply-to"))) {
      event.preventDefault();
      reply(link, form);
    } else if (closest(event.target, "button.cancel-reply")) {
      cancel(form);
    }
  });
})();
