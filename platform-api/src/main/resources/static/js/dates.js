// Date inputs (data-date="day" or "month") are text typed dd/MM/yyyy or MM/yyyy, whatever the browser's language; the
// platform reads and checks what is sent (VietnameseDates), so a wrong date gets its message, not the browser's, and
// what was typed is never rewritten. A button beside each opens flatpickr's calendar, which writes the date it picks
// into the field. Applied again to content htmx brings in.
(() => {
    const vietnamese = document.documentElement.lang === 'vi';
    const label = vietnamese ? 'Chọn trên lịch' : 'Pick on the calendar';
    const svg = 'http://www.w3.org/2000/svg';

    // 31/02/2021 is no date (a JavaScript Date would make it the third of March).
    const read = (text, month) => {
        const parts = (month ? /^(\d{1,2})\/(\d{4})$/ : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/).exec(text.trim());
        if (!parts) {
            return null;
        }
        const [d, m, y] = month ? [1, +parts[1], +parts[2]] : [+parts[1], +parts[2], +parts[3]];
        const date = new Date(y, m - 1, d);
        return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
    };

    const icon = () => {
        const drawing = document.createElementNS(svg, 'svg');
        drawing.setAttribute('viewBox', '0 0 16 16');
        drawing.setAttribute('width', '16');
        drawing.setAttribute('height', '16');
        drawing.setAttribute('aria-hidden', 'true');
        const path = document.createElementNS(svg, 'path');
        path.setAttribute('fill', 'currentColor');
        path.setAttribute('d', 'M3.5 0a.5.5 0 0 1 .5.5V1h8V.5a.5.5 0 0 1 1 0V1h1a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2h1V.5a.5.5 0 0 1 .5-.5M1 4v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V4z');
        drawing.append(path);
        return drawing;
    };

    const setUp = root => {
        root.querySelectorAll('input[data-date]:not([data-date-ready])').forEach(input => {
            input.dataset.dateReady = '';
            const month = input.dataset.date === 'month';
            const format = month ? 'm/Y' : 'd/m/Y';

            // The field, its button and its error message in one group, as Bootstrap shows a field's error.
            const group = document.createElement('div');
            group.className = 'input-group has-validation flex-nowrap';
            if (input.classList.contains('form-control-sm')) {
                group.classList.add('input-group-sm');
            }
            if (input.classList.contains('w-auto')) {
                group.classList.add('w-auto');
            }
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-outline-secondary date-picker';
            if (input.id) {
                button.id = input.id + '-calendar';
            }
            button.setAttribute('aria-label', label);
            button.title = label;
            button.append(icon());
            const anchor = document.createElement('input');
            anchor.type = 'hidden';
            const error = Array.from(input.parentElement.children)
                .find(element => element.classList.contains('invalid-feedback'));
            input.before(group);
            group.append(input, button, anchor);
            if (error) {
                group.append(error);
            }

            const picker = flatpickr(anchor, {
                clickOpens: false,
                // Its own calendar on a phone too: the phone's native one would show the phone's format.
                disableMobile: true,
                positionElement: input,
                dateFormat: format,
                locale: vietnamese ? flatpickr.l10ns.vn : 'default',
                plugins: month ? [new monthSelectPlugin({dateFormat: format, shorthand: true})] : [],
                onChange: (dates, text) => {
                    input.value = text;
                    input.dispatchEvent(new Event('input', {bubbles: true}));
                    input.dispatchEvent(new Event('change', {bubbles: true}));
                    picker.close();
                    input.focus();
                }
            });
            // flatpickr makes its input a text field; this one only holds the calendar's place.
            anchor.type = 'hidden';
            button.addEventListener('click', () => {
                picker.setDate(read(input.value, month), false);
                picker.open();
            });
        });
    };
    document.addEventListener('DOMContentLoaded', () => setUp(document));
    document.addEventListener('htmx:load', event => setUp(event.target));
})();
