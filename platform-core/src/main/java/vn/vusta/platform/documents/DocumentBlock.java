package vn.vusta.platform.documents;

import java.util.List;

/** A piece of a document's body, in the order written. */
public sealed interface DocumentBlock {

    /** A heading of the first level, bold: "I. KẾT QUẢ HOẠT ĐỘNG". */
    record Heading(String text) implements DocumentBlock {
    }

    /** A heading of the second level, bold: "1. Xây dựng, phát triển tổ chức". */
    record Subheading(String text) implements DocumentBlock {
    }

    /** A plain paragraph of the body. */
    record Paragraph(String text) implements DocumentBlock {
    }

    /**
     * Rich text as the platform's editor writes it (p, strong, em, u, ul/ol/li, h3/h4, a, br, simple tables);
     * anything else is dropped, so an unsanitised text cannot put more into the document than the editor could.
     */
    record RichText(String html) implements DocumentBlock {
    }

    /** A table with a header row; a numeric column is aligned right. */
    record Table(List<Column> columns, List<List<String>> rows) implements DocumentBlock {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** @param width the column's share of the table's width, relative to the other columns' */
    record Column(String heading, int width, boolean numeric) {
    }
}
