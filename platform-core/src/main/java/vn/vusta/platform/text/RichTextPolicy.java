package vn.vusta.platform.text;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The one HTML policy of the platform's rich text: what the editor (Quill) writes and a Word document can render —
 * paragraphs, emphasis, lists, two levels of headings, links to web pages and mail, plain tables. Anything else
 * (scripts, styles, event handlers, images) is dropped. Report sections are stored through it, and the document writer
 * reads them through it again, so what is kept and what is rendered are the same list.
 */
public final class RichTextPolicy {

    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "u", "ul", "ol", "li", "h3", "h4", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,2}")).onElements("td", "th")
            .toFactory();

    private RichTextPolicy() {
    }

    /** The HTML as it is kept: only what the policy allows, stripped; nothing for no HTML. */
    public static String sanitised(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }
}
