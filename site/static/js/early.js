// Runs before the page is drawn: with JavaScript, the phone menu starts closed
// (see site.js), so nothing moves once the page has appeared.
document.documentElement.classList.add("js");
