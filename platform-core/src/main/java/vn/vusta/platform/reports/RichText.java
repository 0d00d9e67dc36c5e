package vn.vusta.platform.reports;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The HTML a report's sections may hold: what the editor (Quill) writes and a Word document can render — paragraphs,
 * emphasis, lists, two levels of headings, links to web pages and mail, plain tables. Anything else (scripts, styles,
 * event handlers, images) is dropped.
 */
final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "u", "ul", "ol", "li", "h3", "h4", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,2}")).onElements("td", "th")
            .toFactory();

    private RichText() {
    }

    static String sanitised(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }
}
