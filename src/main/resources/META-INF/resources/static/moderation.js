// Moderation queue: a "select every comment on this page" box in the table's header. Without
// script the box stays hidden and each comment's own box still works.
(function () {
  "use strict";

  function setUp() {
    var all = document.querySelector("input[data-select-all]");
    var form = all && all.form;
    if (!form) {
      return;
    }
    var boxes = form.querySelectorAll("input[type=checkbox][name=id]");
    function reflect() {
      var ticked = Array.prototype.filter.call(boxes, function (box) {
        return box.checked;
      }).length;
      all.checked = ticked > 0 && ticked === boxes.length;
      all.indeterminate = ticked > 0 && ticked < boxes.length;
    }
    all.hidden = false;
    all.addEventListener("change", function () {
      Array.prototype.forEach.call(boxes, function (box) {
        box.checked = all.checked;
      });
    });
    form.addEventListener("change", function (event) {
      if (event.target !== all) {
        reflect();
      }
    });
    reflect();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
