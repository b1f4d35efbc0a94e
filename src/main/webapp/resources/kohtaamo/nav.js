/*
 * The main navigation's small helpers; the navigation works without them. Loaded in the head, so that the class "js"
 * is on the page before it is first drawn: only then does the stylesheet fold the menu behind its button on a phone.
 * The button shows and hides the menu; Escape closes an open group and returns to its heading; a click elsewhere
 * closes it.
 */
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('nav-toggle');
    var menu = document.getElementById('nav-menu');
    if (!toggle || !menu) {
        return;
    }
    toggle.addEventListener('click', function () {
        toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
    });
    document.addEventListener('keydown', function (event) {
        var open = menu.querySelector('details[open]');
        if (event.key === 'Escape' && open && open.contains(document.activeElement)) {
            open.open = false;
            open.querySelector('summary').focus();
        }
    });
    document.addEventListener('click', function (event) {
        menu.querySelectorAll('details[open]').forEach(function (group) {
            if (!group.contains(event.target)) {
                group.open = false;
            }
        });
    });
});
