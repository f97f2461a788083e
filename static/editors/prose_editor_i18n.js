/* The rich-text editor's labels in the admin's language.
 *
 * django-prose-editor 0.28 passes its dialogs through window.gettext, Django's
 * JavaScript catalogue that the admin's forms load (admin:jsi18n, which includes
 * our locale/<lang>/LC_MESSAGES/djangojs.po). Its toolbar titles, the block-type
 * menu and the Yes/No choices of the table dialog are plain English, so this
 * module runs them through the same catalogue. English pages keep the msgids.
 */
const translate = (text) => (typeof window.gettext === "function" ? window.gettext(text) : text);

// "Heading 2" (menu) and "heading 2" (button title) come with their level.
const HEADING = /^heading (\d)$/i;

function translated(text) {
  const heading = HEADING.exec(text.trim());
  if (heading && typeof window.interpolate === "function") {
    return window.interpolate(translate("Heading %s"), [heading[1]]);
  }
  return translate(text);
}

function translateAttribute(element, name) {
  const value = element.getAttribute(name);
  if (value) element.setAttribute(name, translated(value));
}

function translateMenuElement(element) {
  // Each element once: the menu clones its buttons (the block-type menu shows the active one).
  if (element.dataset.translated) return;
  element.dataset.translated = "true";
  translateAttribute(element, "title");
  translateAttribute(element, "aria-label");
  // The block-type menu's items are text (<h2>Heading 2</h2>, <p>Paragraph</p>), not icon names.
  if (element.parentElement?.classList.contains("prose-menubar__option")) {
    element.textContent = translated(element.textContent);
  }
}

function translateDialog(dialog) {
  // An option's text is also its value unless it has one: keep the English value the editor reads.
  for (const option of dialog.querySelectorAll("option")) {
    if (!option.hasAttribute("value")) option.value = option.textContent;
    option.textContent = translate(option.textContent);
  }
}

function translateTree(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const inMenu = node.closest(".prose-menubar");
  const menuElements = inMenu ? [node, ...node.querySelectorAll("*")] : node.querySelectorAll(".prose-menubar *");
  for (const element of menuElements) translateMenuElement(element);
  for (const dialog of node.matches("dialog") ? [node] : node.querySelectorAll("dialog")) translateDialog(dialog);
}

// The editor builds its menu bar after it reports ready, and its dialogs on demand: watch the page.
translateTree(document.body);
new MutationObserver((mutations) => {
  for (const mutation of mutations) mutation.addedNodes.forEach(translateTree);
}).observe(document.body, { childList: true, subtree: true });
