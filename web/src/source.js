// Source: outline the quote named by the fragment (#char-START-END) and scroll to it.
import { colourBadges, pageData, predicateColours } from "./_common.js";

function showTarget() {
  const key = decodeURIComponent(window.location.hash.slice(1));
  for (const el of document.querySelectorAll("mark.quote.current")) el.classList.remove("current");
  if (!key.startsWith("char-")) return;
  const marks = [...document.querySelectorAll("mark.quote[data-spans]")]
    .filter((m) => m.dataset.spans.split(" ").includes(key));
  for (const m of marks) m.classList.add("current");
  if (marks.length) marks[0].scrollIntoView({ block: "center" });
}

colourBadges(predicateColours());
window.addEventListener("hashchange", showTarget);
showTarget();
