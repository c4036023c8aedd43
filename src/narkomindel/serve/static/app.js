// Narkomindel: small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // #char=START,END (RFC 5147): scroll to the highlighted passage
  function scrollToPassage() {
    var m = /^#char=(\d+),(\d+)$/.exec(window.location.hash);
    var target = document.querySelector("mark.target");
    if (!target && m) {
      var s = +m[1], e = +m[2];
      document.querySelectorAll("[data-s]").forEach(function (el) {
        if (!target && +el.dataset.s < e && +el.dataset.e > s) { target = el; }
      });
    }
    if (target) {
      target.setAttribute("tabindex", "-1");
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
  }
  // selecting text in the source viewer fills the offsets of the "add a factoid" form
  function offsetOf(node, offset) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    while (el && !(el.dataset && el.dataset.s !== undefined)) { el = el.parentElement; }
    if (!el) { return null; }
    return +el.dataset.s + (node.nodeType === 3 ? offset : 0);
  }
  function watchSelection() {
    var form = document.getElementById("add-factoid");
    var text = document.getElementById("source-text");
    if (!form || !text) { return; }
    text.addEventListener("mouseup", function () {
      var sel = window.getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount) { return; }
      var r = sel.getRangeAt(0);
      var a = offsetOf(r.startContainer, r.startOffset), b = offsetOf(r.endContainer, r.endOffset);
      if (a === null || b === null || b <= a) { return; }
      form.elements.start.value = a;
      form.elements.end.value = b;
      document.getElementById("add-quote").textContent = "Selected: " + sel.toString();
    });
  }
  document.addEventListener("DOMContentLoaded", function () { scrollToPassage(); watchSelection(); });
  window.addEventListener("hashchange", scrollToPassage);
})();
