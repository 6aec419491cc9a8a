// Newsroom article form: turns each textarea marked data-rich-text into a Trix editor bound to it.
// Without script the textarea stays and takes HTML directly; the server sanitizes either way.
(function () {
  "use strict";

  function configure(trix) {
    var config = trix.config;
    // Paragraphs as <p>, headings as <h2> (the page's <h1> is the headline), strike as <s>: what
    // the server's allowlist keeps and the reader's stylesheet expects.
    config.blockAttributes.default.tagName = "p";
    config.blockAttributes.default.breakOnReturn = true;
    // Trix only reads breakOnReturn from a block's own attribute, which a plain paragraph lacks:
    // let Return end a plain paragraph too (Shift+Return still breaks the line).
    trix.Block.prototype.breaksOnReturn = function () {
      var attribute = config.blockAttributes[this.getLastAttribute() || "default"];
      return Boolean(attribute && attribute.breakOnReturn);
    };
    trix.LineBreakInsertion.prototype.shouldInsertBlockBreak = function () {
      if (this.block.hasAttributes() && this.block.isListItem() && !this.block.isEmpty()) {
        return this.startLocation.offset > 0;
      }
      return this.breaksOnReturn && !this.shouldBreakFormattedBlock();
    };
    config.blockAttributes.heading1.tagName = "h2";
    config.textAttributes.strike.tagName = "s";
    var labels = document.getElementById("trix-labels");
    if (labels) {
      Object.keys(labels.dataset).forEach(function (key) {
        config.lang[key] = labels.dataset[key];
      });
    }
  }

  function attach(area) {
    var editor = document.createElement("trix-editor");
    editor.setAttribute("input", area.id);
    editor.setAttribute("aria-labelledby", area.id + "-label");
    editor.className = "trix-content";
    // Busy until Trix has set the editor up ("trix-initialize"): until then it takes no typing.
    editor.setAttribute("aria-busy", "true");
    area.hidden = true;
    area.parentNode.insertBefore(editor, area);
  }

  function setUp() {
    var areas = document.querySelectorAll("textarea[data-rich-text]");
    if (areas.length === 0 || !window.Trix) {
      return;
    }
    configure(window.Trix);
    Array.prototype.forEach.call(areas, function (area) {
      if (!area.closest("fieldset[disabled]")) {
        attach(area);
      }
    });
  }

  // No uploads in the newsroom yet: refuse dropped or pasted files and hide the button.
  document.addEventListener("trix-file-accept", function (event) {
    event.preventDefault();
  });
  document.addEventListener("trix-initialize", function (event) {
    var tools = event.target.toolbarElement.querySelector("[data-trix-button-group=file-tools]");
    if (tools) {
      tools.remove();
    }
    event.target.removeAttribute("aria-busy");
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

// A library picture inserted in the text at the cursor: Trix keeps its address, and the server
// writes the figure again from the library (sizes, alt text, caption) when the article is saved.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-insert-media]") : null;
    var editor = document.querySelector("trix-editor");
    if (!button || !editor || !editor.editor) {
      return;
    }
    event.preventDefault();
    var figure = document.createElement("figure");
    figure.setAttribute("data-media-id", button.getAttribute("data-insert-media"));
    var img = document.createElement("img");
    ["src", "width", "height", "alt"].forEach(function (name) {
      img.setAttribute(name, button.getAttribute("data-" + name));
    });
    figure.appendChild(img);
    if (button.getAttribute("data-caption")) {
      var caption = document.createElement("figcaption");
      caption.textContent = button.getAttribute("data-caption");
      figure.appendChild(caption);
    }
    editor.editor.insertHTML(figure.outerHTML);
    editor.focus();
  });
})();
