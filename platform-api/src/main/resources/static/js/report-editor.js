// The report's sections in Quill: each editor shows its section's HTML, and on saving writes its HTML back into the
// section's textarea, which is what the form sends (without JavaScript the textareas are edited as they are).
document.addEventListener('DOMContentLoaded', () => {
    if (typeof Quill === 'undefined') {
        return;
    }
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
    document.querySelectorAll('.rich-editor').forEach(holder => {
        const input = document.getElementById(holder.dataset.input);
        holder.hidden = false;
        input.hidden = true;
        const quill = new Quill(holder, {theme: 'snow', modules: {toolbar, keyboard: {bindings: leaveOnTab}}});
        nameEditor(quill, holder, input);
        editors.push([quill, input]);
    });
    const form = document.getElementById('sections-form');
    if (form) {
        form.addEventListener('submit', () => {
            editors.forEach(([quill, input]) => {
                input.value = quill.getText().trim().length === 0 ? '' : quill.root.innerHTML;
            });
        });
    }
});
