/* The survey poster's print button (no inline onclick: the Content-Security-Policy allows only nonced scripts). */
document.addEventListener('click', function (event) {
    if (event.target.id === 'print') { window.print(); }
});
