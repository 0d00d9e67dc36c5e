// The report's sections in Quill: each editor shows its section's HTML and writes it back into the section's textarea,
// which is what the form sends (without JavaScript the textareas are edited as they are). Each section also saves
// itself as the user writes — 1,5 s after the last keystroke and when the editor is left — to its own address
// (data-save), and says so beside its title ("Đã lưu lúc 10:42", or why not); until it is saved the page counts
// as having unsaved changes (drafts.js asks before leaving).
document.addEventListener('DOMContentLoaded', () => {
    if (typeof Quill === 'undefined') {
        return;
    }
    const form = document.getElementById('sections-form');
    const csrf = form ? form.querySelector('input[name="_csrf"]') : null;
    const toolbar = [[{header: [3, 4, false]}], ['bold', 'italic', 'underline'], [{list: 'ordered'}, {list: 'bullet'}], ['link'], ['clean']];
    const editors = [];
    // Tab and Shift+Tab leave the editor, as they leave any field (Quill would indent or insert a tab): returning
    // true lets the browser move the focus.
    const leaveOnTab = {tab: {key: 9, handler: () => true}, indent: {key: 9, format: ['list', 'blockquote', 'indent'], handler: () => true},
        outdent: {key: 9, shiftKey: true, format: ['list', 'blockquote', 'indent'], handler: () => true}};
    // Each toolbar button and the text area are named for screen readers: the names come from the page
    // (data-toolbar "bold=Chữ đậm;…", the section's label).
    const nameEditor = (quill, holder, input) => {
        const names = Object.fromEntries((holder.dataset.toolbar || '').split(';').filter(Boolean)
            .map(pair => pair.split('=')));
        const bar = holder.previousElementSibling;
        if (bar && bar.classList.contains('ql-toolbar')) {
            bar.setAttribute('role', 'toolbar');
            bar.querySelectorAll('button').forEach(button => {
                const format = [...button.classList].find(c => c.startsWith('ql-')).slice(3);
                const name = names[button.value ? format + '-' + button.value : format] || names[format];
                if (name) {
                    button.setAttribute('aria-label', name);
                    button.title = name;
                }
            });
            bar.querySelectorAll('.ql-picker').forEach(picker => {
                const format = [...picker.classList].find(c => c.startsWith('ql-') && c !== 'ql-picker').slice(3);
                const label = picker.querySelector('.ql-picker-label');
                if (label && names[format]) {
                    label.setAttribute('aria-label', names[format]);
                }
                picker.querySelectorAll('.ql-picker-item').forEach(item => {
                    const value = item.dataset.value;
                    item.setAttribute('aria-label', names[format + '-' + (value || 'normal')] || value || names[format]);
                });
            });
        }
        const label = document.querySelector('label[for="' + input.id + '"]');
        quill.root.setAttribute('role', 'textbox');
        quill.root.setAttribute('aria-multiline', 'true');
        if (label) {
            quill.root.setAttribute('aria-label', label.textContent.trim());
        }
    };
    const html = quill => quill.getText().trim().length === 0 ? '' : quill.root.innerHTML;

    document.querySelectorAll('.rich-editor').forEach(holder => {
        const input = document.getElementById(holder.dataset.input);
        holder.hidden = false;
        input.hidden = true;
        const quill = new Quill(holder, {theme: 'snow', modules: {toolbar, keyboard: {bindings: leaveOnTab}}});
        nameEditor(quill, holder, input);
        editors.push([quill, input]);
        const state = document.getElementById(holder.dataset.state);
        if (!holder.dataset.save || !state || !csrf) {
            return;
        }
        let timer = null;
        let saved = html(quill);
        let sending = null;

        const save = () => {
            clearTimeout(timer);
            const text = html(quill);
            input.value = text;
            if (text === saved) {
                window.vustaUnsaved && window.vustaUnsaved.clear(holder.dataset.input);
                return Promise.resolve();
            }
            // One request at a time per section; the latest text goes once the one under way is answered.
            if (sending) {
                return sending.then(save);
            }
            state.textContent = form.dataset.savingMessage || '';
            const body = new URLSearchParams({html: text, _csrf: csrf.value});
            sending = fetch(holder.dataset.save, {method: 'POST', body, headers: {'HX-Request': 'true'}, credentials: 'same-origin'})
                .then(response => {
                    if (!response.ok || response.redirected) {
                        throw new Error(String(response.status));
                    }
                    return response.text();
                })
                .then(answer => {
                    state.innerHTML = answer;
                    if (!state.querySelector('.figure-refusal')) {
                        saved = text;
                        if (html(quill) === saved) {
                            window.vustaUnsaved && window.vustaUnsaved.clear(holder.dataset.input);
                        }
                    }
                })
                .catch(() => {
                    state.innerHTML = '';
                    const alert = document.createElement('span');
                    alert.className = 'text-danger small';
                    alert.setAttribute('role', 'alert');
                    alert.textContent = form.dataset.failedMessage || '';
                    state.appendChild(alert);
                })
                .finally(() => {
                    sending = null;
                });
            return sending;
        };

        quill.on('text-change', (delta, old, source) => {
            if (source !== 'user') {
                return;
            }
            input.value = html(quill);
            window.vustaUnsaved && window.vustaUnsaved.mark(holder.dataset.input);
            clearTimeout(timer);
            timer = setTimeout(save, 1500);
        });
        // Leaving the editor (focus elsewhere) saves at once.
        quill.on('selection-change', range => {
            if (range === null) {
                save();
            }
        });
    });
    if (form) {
        form.addEventListener('submit', () => {
            editors.forEach(([quill, input]) => {
                input.value = html(quill);
            });
        });
    }
});
