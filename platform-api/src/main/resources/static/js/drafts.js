// Work is never lost (issue 17).
// 1. Drafts: what is typed into a long form (a post form with five fields or more — a member, an event, a task, a
//    commendation…) is kept in the browser (localStorage, keyed by the form's address and the page's) as it is
//    typed, put back after a reload with the notice "Đã khôi phục bản nháp" (and a button to discard it), and
//    dropped when the form is sent: if the platform refuses it, the page comes back with what was typed anyway.
//    Forms marked data-no-draft (the report, which saves itself) are left alone; passwords, files and hidden fields
//    are never kept.
// 2. Leaving a page with unsaved changes asks first (beforeunload): a post form typed into and not sent, a field
//    saving itself that has not answered yet (window.vustaUnsaved, used by report-editor.js and the report's figures).
(() => {
    const KEPT = 'input:not([type=hidden]):not([type=password]):not([type=file]):not([type=submit]):not([type=button]), textarea, select';
    const MIN_FIELDS = 5;
    const pending = new Set();
    const dirtyForms = new Set();
    // A form being sent leaves the page on purpose: no question then.
    let sending = false;

    window.vustaUnsaved = {
        mark: key => pending.add(key),
        clear: key => pending.delete(key)
    };

    const fields = form => Array.from(form.querySelectorAll(KEPT)).filter(f => f.name && !f.closest('[data-no-draft]'));
    const draftable = form => form instanceof HTMLFormElement && (form.method || '').toLowerCase() === 'post'
        && !form.hasAttribute('data-no-draft') && !form.hasAttribute('hx-post') && fields(form).length >= MIN_FIELDS;
    const key = form => 'vusta-draft:' + location.pathname + '|' + form.getAttribute('action');

    const read = form => {
        const values = {};
        fields(form).forEach((f, i) => {
            const name = f.name + '#' + i;
            values[name] = f.type === 'checkbox' || f.type === 'radio' ? f.checked : f.value;
        });
        return values;
    };

    // What the server sent (the browser may itself have put typed values back after a reload).
    const sent = f => {
        if (f.type === 'checkbox' || f.type === 'radio') {
            return f.defaultChecked;
        }
        if (f instanceof HTMLSelectElement) {
            const chosen = Array.from(f.options).find(o => o.defaultSelected) || f.options[0];
            return chosen ? chosen.value : '';
        }
        return f.defaultValue;
    };

    // Puts the draft back; true when it differs from what the server sent.
    const write = (form, values) => {
        let differs = false;
        fields(form).forEach((f, i) => {
            const name = f.name + '#' + i;
            if (!(name in values)) {
                return;
            }
            if (f.type === 'checkbox' || f.type === 'radio') {
                f.checked = values[name];
            } else {
                f.value = values[name];
            }
            differs = differs || values[name] !== sent(f);
        });
        return differs;
    };

    const store = {
        get: k => {
            try {
                return JSON.parse(localStorage.getItem(k));
            } catch (e) {
                return null;
            }
        },
        set: (k, v) => {
            try {
                localStorage.setItem(k, JSON.stringify(v));
            } catch (e) {
                // Storage full or refused: the draft is not kept, the form works as before.
            }
        },
        drop: k => {
            try {
                localStorage.removeItem(k);
            } catch (e) {
                // nothing kept
            }
        }
    };

    const notice = (form, message, discard) => {
        const box = document.createElement('div');
        box.className = 'alert alert-info d-flex flex-wrap align-items-center gap-2 draft-restored';
        box.setAttribute('role', 'status');
        const text = document.createElement('span');
        text.textContent = message;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-sm btn-outline-secondary draft-discard';
        button.textContent = discard;
        button.addEventListener('click', () => {
            store.drop(key(form));
            dirtyForms.delete(form);
            location.reload();
        });
        box.append(text, button);
        form.prepend(box);
    };

    document.addEventListener('DOMContentLoaded', () => {
        const lang = (document.documentElement.lang || 'vi').toLowerCase();
        const restored = lang.startsWith('en') ? 'Draft restored' : 'Đã khôi phục bản nháp';
        const discard = lang.startsWith('en') ? 'Discard the draft' : 'Bỏ bản nháp';
        document.querySelectorAll('form').forEach(form => {
            if (!draftable(form)) {
                return;
            }
            const saved = store.get(key(form));
            if (!saved || typeof saved !== 'object') {
                return;
            }
            if (write(form, saved)) {
                dirtyForms.add(form);
                notice(form, restored, discard);
            } else {
                store.drop(key(form));
            }
        });
    });

    const typed = event => {
        const field = event.target;
        const form = field && field.form;
        if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post'
            || form.hasAttribute('data-no-draft') || !field.name || field.type === 'password' || field.type === 'file') {
            return;
        }
        if (form.hasAttribute('hx-post')) {
            // A form that saves itself (htmx): unsaved until its request is answered.
            pending.add(form);
            return;
        }
        dirtyForms.add(form);
        if (draftable(form)) {
            store.set(key(form), read(form));
        }
    };
    document.addEventListener('input', typed);
    document.addEventListener('change', typed);

    document.addEventListener('submit', event => {
        const form = event.target;
        if (event.defaultPrevented && !form.hasAttribute('hx-post')) {
            return; // a confirmation refused: nothing was sent
        }
        dirtyForms.delete(form);
        if (form instanceof HTMLFormElement && !form.hasAttribute('hx-post')) {
            store.drop(key(form));
            sending = true;
        }
    });

    document.addEventListener('htmx:afterRequest', event => {
        const form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('form') : null;
        if (form && event.detail.successful) {
            pending.delete(form);
        }
    });

    window.addEventListener('beforeunload', event => {
        if (sending || (dirtyForms.size === 0 && pending.size === 0)) {
            return;
        }
        event.preventDefault();
        event.returnValue = '';
    });
})();
