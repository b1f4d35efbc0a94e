/* Facilitator mode: a countdown for the current agenda step. It restarts whenever the step changes (PrimeFaces Ajax). */
(function () {
    var interval = null;
    var remaining = 0;
    function el(id) { return document.getElementById(id); }
    function show() {
        var display = el('timer-display');
        if (!display) { return; }
        var sign = remaining < 0 ? '−' : '';
        var abs = Math.abs(remaining);
        display.textContent = sign + Math.floor(abs / 60) + ':' + String(abs % 60).padStart(2, '0');
        display.classList.toggle('timer-over', remaining < 0);
    }
    function stop() {
        if (interval) { clearInterval(interval); interval = null; }
        var toggle = el('timer-toggle');
        if (toggle) { toggle.textContent = toggle.dataset.start; }
    }
    function reset() {
        stop();
        var timer = document.querySelector('.timer');
        remaining = timer ? parseInt(timer.dataset.minutes, 10) * 60 : 0;
        show();
    }
    function toggle() {
        if (interval) { stop(); return; }
        interval = setInterval(function () { remaining--; show(); }, 1000);
        el('timer-toggle').textContent = el('timer-toggle').dataset.pause;
    }
    document.addEventListener('click', function (event) {
        if (event.target.id === 'timer-toggle') { toggle(); }
        if (event.target.id === 'timer-reset') { reset(); }
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', reset);
    }
    reset();
})();
