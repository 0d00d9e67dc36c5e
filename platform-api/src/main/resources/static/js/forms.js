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

    // A checkbox marked data-check-all="ids" ticks or unticks every box of that name in its form (a list's rows); a
    // button marked data-needs-ticked="ids" is enabled only while one of them is ticked.
    document.addEventListener('change', event => {
        const box = event.target;
        if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.form) {
            return;
        }
        const boxes = name => Array.from(box.form.elements)
            .filter(other => other instanceof HTMLInputElement && other.type === 'checkbox' && other.name === name);
        if (box.dataset.checkAll) {
            boxes(box.dataset.checkAll).forEach(other => { other.checked = box.checked; });
        }
        box.form.querySelectorAll('[data-needs-ticked]').forEach(button => {
            button.disabled = !boxes(button.dataset.needsTicked).some(other => other.checked);
        });
    });

    document.addEventListener('change', event => {
        const select = event.target;
        if (select instanceof HTMLSelectElement && select.hasAttribute('data-submit-on-change') && select.form) {
            select.form.submit();
        }
    });

    // A live request that fails (the service is interrupted, the network is gone) says so where its answer would
    // have gone, instead of leaving the old results as if nothing happened: elements with data-failed-message.
    const failed = event => {
        const source = event.detail.elt;
        const message = source && source.dataset ? source.dataset.failedMessage : null;
        if (!message) {
            return;
        }
        const alert = document.createElement('div');
        alert.className = 'alert alert-warning';
        alert.setAttribute('role', 'alert');
        alert.dataset.liveFailure = '';
        alert.textContent = message;
        (event.detail.target || source).replaceChildren(alert);
    };
    document.addEventListener('htmx:responseError', failed);
    document.addEventListener('htmx:sendError', failed);
})();
