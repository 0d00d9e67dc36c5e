// What the pages once wrote in inline handlers, which the Content-Security-Policy no longer runs: a form with
// data-confirm asks before it is sent; a select marked data-submit-on-change sends its form when changed. Listened
// for on the document, so content htmx brings in later behaves the same.
(() => {
    document.addEventListener('submit', event => {
        const form = event.target;
        if (form instanceof HTMLFormElement && form.dataset.confirm && !confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });

    document.addEventListener('change', event => {
        const select = event.target;
        if (select instanceof HTMLSelectElement && select.hasAttribute('data-submit-on-change') && select.form) {
            select.form.submit();
        }
    });
})();
