package vn.vusta.platform.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import vn.vusta.platform.text.RichTextPolicy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The editor's HTML as Word paragraphs and runs. OWASP's sanitizer parses it under the platform's one rich text
 * policy ({@link RichTextPolicy}, the one report sections are stored through), drops what that does not allow and
 * balances the tags; its events are turned into paragraphs here (p, h3, h4, li), runs with bold, italic and
 * underline, links, line breaks and simple tables.
 */
final class RichText implements HtmlStreamEventReceiver {

    private record ListLevel(boolean ordered, int[] counter) {
    }

    private final DocumentText text;
    private XWPFParagraph paragraph;
    private boolean paragraphEmpty;
    private int bold;
    private int italic;
    private int underline;
    private String link;
    private final Deque<ListLevel> lists = new ArrayDeque<>();
    private List<List<String>> tableRows;
    private List<Boolean> headingCells;
    private StringBuilder cell;

    private RichText(DocumentText text) {
        this.text = text;
    }

    static void write(String html, DocumentText text) {
        if (html == null || html.isBlank()) {
            return;
        }
        HtmlSanitizer.sanitize(html, RichTextPolicy.POLICY.apply(new RichText(text)));
    }

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
        paragraph = null;
    }

    @Override
    public void openTag(String element, List<String> attributes) {
        switch (element) {
            case "p" -> start(text.paragraph());
            case "h3", "h4" -> {
                start(text.heading());
                bold++;
                italic += element.equals("h4") ? 1 : 0;
            }
            case "ul", "ol" -> lists.push(new ListLevel(element.equals("ol"), new int[1]));
            case "li" -> listItem();
            case "strong" -> bold++;
            case "em" -> italic++;
            case "u" -> underline++;
            case "a" -> link = attribute(attributes, "href");
            case "br" -> lineBreak();
            case "table" -> {
                tableRows = new ArrayList<>();
                headingCells = new ArrayList<>();
                paragraph = null;
            }
            case "tr" -> {
                if (tableRows != null) {
                    tableRows.add(new ArrayList<>());
                }
            }
            case "td", "th" -> {
                if (tableRows != null && !tableRows.isEmpty()) {
                    cell = new StringBuilder();
                    if (tableRows.size() == 1) {
                        headingCells.add(element.equals("th"));
                    }
                }
            }
            default -> {
                // thead, tbody: nothing of their own
            }
        }
    }

    @Override
    public void closeTag(String element) {
        switch (element) {
            case "p", "li" -> paragraph = null;
            case "h3", "h4" -> {
                paragraph = null;
                bold--;
                italic -= element.equals("h4") ? 1 : 0;
            }
            case "ul", "ol" -> {
                lists.poll();
                paragraph = null;
            }
            case "strong" -> bold--;
            case "em" -> italic--;
            case "u" -> underline--;
            case "a" -> link = null;
            case "td", "th" -> {
                if (cell != null) {
                    tableRows.getLast().add(cell.toString().strip().replaceAll("\\s+", " "));
                    cell = null;
                }
            }
            case "table" -> table();
            default -> {
            }
        }
    }

    @Override
    public void text(String content) {
        if (cell != null) {
            cell.append(content);
            return;
        }
        if (tableRows != null) {
            return;
        }
        String words = content.replaceAll("\\s+", " ");
        if (paragraph == null) {
            if (words.isBlank()) {
                return;
            }
            start(text.paragraph());
        }
        if (paragraphEmpty) {
            words = words.stripLeading();
            if (words.isEmpty()) {
                return;
            }
        }
        XWPFRun run = link == null ? paragraph.createRun() : paragraph.createHyperlinkRun(link);
        DocumentText.style(run, words, AdministrativeDocuments.BODY_SIZE, bold > 0, italic > 0, underline > 0 || link != null);
        if (link != null) {
            run.setColor("0563C1");
        }
        paragraphEmpty = false;
    }

    private void start(XWPFParagraph next) {
        paragraph = next;
        paragraphEmpty = true;
    }

    private void listItem() {
        ListLevel level = lists.isEmpty() ? new ListLevel(false, new int[1]) : lists.peek();
        start(text.listItem(Math.max(1, lists.size())));
        String marker = level.ordered() ? ++level.counter()[0] + ". " : "- ";
        DocumentText.run(paragraph, marker, AdministrativeDocuments.BODY_SIZE, false, false, false);
    }

    private void lineBreak() {
        if (cell != null) {
            cell.append(' ');
        } else if (paragraph != null && paragraph.getAlignment() == ParagraphAlignment.BOTH) {
            paragraph = text.continuation(paragraph);
            paragraphEmpty = true;
        } else if (paragraph != null) {
            paragraph.createRun().addBreak();
        }
    }

    private void table() {
        List<List<String>> rows = tableRows;
        tableRows = null;
        cell = null;
        if (rows == null || rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> first = rows.getFirst();
        boolean headed = !headingCells.isEmpty() && headingCells.stream().allMatch(Boolean::booleanValue);
        var columns = new ArrayList<DocumentBlock.Column>();
        for (int c = 0; c < width; c++) {
            columns.add(new DocumentBlock.Column(headed && c < first.size() ? first.get(c) : "", 1, false));
        }
        text.table(columns, headed ? rows.subList(1, rows.size()) : rows, headed);
        paragraph = null;
    }

    private static String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}
