// The report's sections in Quill: each editor shows its section's HTML, and on saving writes its HTML back into the
// section's textarea, which is what the form sends (without JavaScript the textareas are edited as they are).
document.addEventListener('DOMContentLoaded', () => {
    if (typeof Quill === 'undefined') {
        return;
    }
    const toolbar = [[{header: [3, 4, false]}], ['bold', 'italic', 'underline'], [{list: 'ordered'}, {list: 'bullet'}], ['link'], ['clean']];
    const editors = [];
    document.querySelectorAll('.rich-editor').forEach(holder => {
        const input = document.getElementById(holder.dataset.input);
        holder.hidden = false;
        input.hidden = true;
        const quill = new Quill(holder, {theme: 'snow', modules: {toolbar}});
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
