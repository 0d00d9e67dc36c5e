package vn.vusta.platform;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * axe-core (Deque's accessibility engine, the script Deque's Selenium jar ships) run over the page the browser shows:
 * the WCAG 2.0/2.1 A and AA rules and axe's best practices. The script is injected by the test, not served by the
 * platform, so the pages' Content-Security-Policy is not loosened for it.
 */
public final class Accessibility {

    /** The impacts axe gives, the worst first; a page passes with none of the first two. */
    public static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    private static final String AXE = read();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                               resultTypes: ['violations']})
               .then(result => done(result.violations.map(v => ({
                   rule: v.id, impact: v.impact || 'minor', help: v.help,
                   nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200))}))))
               .catch(e => done([{rule: 'axe-failed', impact: 'critical', help: String(e), nodes: ['document']}]));
            """;

    private Accessibility() {
    }

    /** One rule broken on the page: its axe id, impact, what it asks for, and the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> nodes) {

        public boolean blocking() {
            return impact.equals("critical") || impact.equals("serious");
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") ×" + nodes.size() + ": " + nodes.stream().limit(4).toList();
        }
    }

    /** What axe finds on the page shown now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe !== 'undefined'"))) {
            browser.executeScript(AXE);
        }
        var found = (List<Map<String, Object>>) browser.executeAsyncScript(RUN);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), (List<String>) v.get("nodes"))).toList();
    }

    private static String read() {
        try (InputStream script = Objects.requireNonNull(Accessibility.class.getResourceAsStream("/axe.min.js"),
                "axe.min.js from com.deque.html.axe-core:selenium")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
