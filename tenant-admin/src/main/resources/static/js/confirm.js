// Forms that change a tenant ask first. A file, not an inline script: the Content-Security-Policy runs no inline script.
document.addEventListener('submit', event => {
    const form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !confirm(form.dataset.confirm)) {
        event.preventDefault();
    }
});
