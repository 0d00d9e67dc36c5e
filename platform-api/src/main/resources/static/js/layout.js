// The layout on every screen: a table scrolls inside itself instead of widening the page on a phone (wrapped in a
// .table-responsive unless a page already did), and a region that scrolls can be reached and scrolled by keyboard
// (tabindex 0, named after its table's caption or the nearest heading). Done again on content htmx brings in.
(() => {
    const nameOf = table => {
        if (table.caption) {
            return table.caption.textContent.trim();
        }
        let node = table.closest('section, .card, main');
        const heading = node ? node.querySelector('h1, h2, h3, h4') : null;
        return heading ? heading.textContent.trim() : '';
    };

    const wrapTables = root => {
        root.querySelectorAll('main table.table').forEach(table => {
            let holder = table.parentElement;
            if (!holder.classList.contains('table-responsive')) {
                holder = document.createElement('div');
                holder.className = 'table-responsive';
                table.replaceWith(holder);
                holder.appendChild(table);
            }
        });
        markScrollers();
    };

    const markScrollers = () => {
        document.querySelectorAll('.table-responsive').forEach(holder => {
            const scrolls = holder.scrollWidth > holder.clientWidth + 1;
            if (scrolls && !holder.hasAttribute('tabindex')) {
                holder.setAttribute('tabindex', '0');
                holder.setAttribute('role', 'region');
                holder.dataset.scrollerMarked = '';
                if (!holder.hasAttribute('aria-label') && !holder.hasAttribute('aria-labelledby')) {
                    // Named after the table's section, told apart from that section's own landmark.
                    const name = nameOf(holder.querySelector('table')) || document.title;
                    holder.setAttribute('aria-label', name + ' – ' + (document.body.dataset.tableRegion || 'table'));
                    holder.dataset.scrollerMarked = 'label';
                }
            } else if (!scrolls && holder.hasAttribute('data-scroller-marked')) {
                holder.removeAttribute('tabindex');
                holder.removeAttribute('role');
                if (holder.dataset.scrollerMarked === 'label') {
                    holder.removeAttribute('aria-label');
                }
                holder.removeAttribute('data-scroller-marked');
            }
        });
    };

    document.addEventListener('DOMContentLoaded', () => wrapTables(document));
    document.addEventListener('htmx:afterSettle', event => wrapTables(event.detail.elt.ownerDocument || document));
    window.addEventListener('resize', markScrollers);
})();
