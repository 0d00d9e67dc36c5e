// A file larger than the platform accepts is refused in the page, before it travels: the server would refuse it
// only once all of it had arrived (or, past the request limit, with a page of the server's own). The limit is the
// body's data-file-limit, or the input's own (the registry import takes larger files).
(() => {
    const limitOf = input => Number(input.dataset.fileLimit || document.body.dataset.fileLimit);

    document.addEventListener('change', event => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement) || input.type !== 'file') {
            return;
        }
        const limit = limitOf(input);
        const tooLarge = Array.from(input.files).find(file => file.size > limit);
        input.setCustomValidity(tooLarge ? document.body.dataset.fileTooLarge
            .replace('{name}', tooLarge.name).replace('{limit}', Math.floor(limit / 1048576)) : '');
        input.classList.toggle('is-invalid', Boolean(tooLarge));
        if (tooLarge) {
            input.reportValidity();
        }
    });

    // Forms that leave the checks to the server (novalidate) still keep a file too large.
    document.addEventListener('submit', event => {
        const tooLarge = Array.from(event.target.querySelectorAll('input[type=file]')).find(i => i.validity.customError);
        if (tooLarge) {
            event.preventDefault();
            tooLarge.reportValidity();
        }
    }, true);
})();
