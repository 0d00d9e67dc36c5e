package vn.vusta.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vusta.platform.Accessibility;
import vn.vusta.platform.Pages;
import vn.vusta.platform.PlatformApiTest;
import vn.vusta.platform.deploy.test.Browser;
import vn.vusta.platform.deploy.test.Browser.Screen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages of each role on a laptop (1366×768) and a phone (390×844): nothing scrolls sideways, the menu opens
 * from its toggler on the phone and marks the current section, and axe-core finds no critical or serious
 * accessibility violation. The counts of violations by page and impact are printed; screenshots of the main pages
 * go to {@code docs/screenshots/<page>-<laptop|phone>.png} at the repository's root, for reviewers.
 */
@PlatformApiTest
class LayoutBrowserTest {

    /** The repository's docs/screenshots: tests run in the module's folder. */
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots").toAbsolutePath().normalize();

    /** A page to look at: its name in the report and the screenshot's file, its address, and whether to photograph it. */
    private record Page(String name, String path, boolean photographed) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanh-hoa-admin", "hung-yen-editor", "national-reviewer", "platform-admin"})
    void theMainPagesFitALaptopAndAPhoneWithNoSeriousAccessibilityViolation(String username) throws IOException {
        try (Pages pages = Pages.inVietnamese().logIn(username)) {
            List<Page> mainPages = mainPagesOf(username, pages);
            List<String> failures = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Map<String, Map<String, Integer>> counts = new TreeMap<>();
            for (Screen screen : Screen.values()) {
                Browser.show(pages.browser(), screen);
                String size = screen.name().toLowerCase();
                for (Page page : mainPages) {
                    pages.goTo(page.path());
                    settle(pages);
                    String where = page.name() + " (" + page.path() + ") on a " + size;
                    if (Browser.scrollsSideways(pages.browser(), screen)) {
                        failures.add(where + " scrolls sideways: " + pages.browser().executeScript(
                                "return document.documentElement.scrollWidth + 'px wide; beyond the screen: '"
                                        + " + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > arguments[0] + 1)"
                                        + ".slice(-3).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')", screen.width));
                    }
                    Object narrow = pages.browser().executeScript("return [...document.querySelectorAll("
                            + "'main input:not([type=checkbox]):not([type=radio]):not([type=hidden]), main select, main textarea')]"
                            + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().width < 64)"
                            + ".map(e => (e.id || e.name) + ' ' + Math.round(e.getBoundingClientRect().width) + 'px')");
                    if (!((List<?>) narrow).isEmpty()) {
                        failures.add(where + " has fields too narrow to type in: " + narrow);
                    }
                    var found = Accessibility.check(pages.browser());
                    var byImpact = new LinkedHashMap<String, Integer>();
                    Accessibility.IMPACTS.forEach(impact -> byImpact.put(impact, 0));
                    found.forEach(v -> byImpact.merge(v.impact(), v.nodes().size(), Integer::sum));
                    counts.put(username + " " + page.name() + " " + size, byImpact);
                    found.stream().filter(Accessibility.Violation::blocking).forEach(v -> failures.add(where + ": " + v));
                    found.stream().filter(v -> !v.blocking()).forEach(v -> notes.add(where + ": " + v));
                    if (page.photographed()) {
                        Files.createDirectories(SCREENSHOTS);
                        Files.write(SCREENSHOTS.resolve(page.name() + "-" + size + ".png"),
                                pages.browser().getScreenshotAs(OutputType.BYTES));
                    }
                }
            }
            System.out.println("axe-core violations (elements) by page and impact " + Accessibility.IMPACTS + ":");
            counts.forEach((page, byImpact) -> System.out.println("  " + page + ": " + byImpact.values()));
            notes.forEach(note -> System.out.println("  (moderate or minor) " + note));
            failures.forEach(failure -> System.out.println("  FAILED " + failure));
            assertThat(failures).as("pages of %s that scroll sideways or break a critical or serious rule", username).isEmpty();
        }
    }

    @Test
    void onAPhoneTheMenuOpensFromItsTogglerAndMarksTheCurrentSection() throws IOException {
        try (Pages pages = Pages.inVietnamese()) {
            Browser.show(pages.browser(), Screen.PHONE);
            pages.logIn("thanh-hoa-editor");
            pages.goTo("/workspace/events");
            WebElement members = pages.browser().findElement(By.cssSelector("#main-nav a[href='/workspace/members']"));
            assertThat(members.isDisplayed()).as("the menu is folded on a phone").isFalse();
            WebElement toggler = pages.browser().findElement(By.cssSelector("button.navbar-toggler"));
            assertThat(toggler.isDisplayed()).isTrue();
            assertThat(toggler.getAccessibleName()).isNotBlank();
            toggler.click();
            pages.waiting().until(ExpectedConditions.visibilityOf(members));
            assertThat(toggler.getDomAttribute("aria-expanded")).isEqualTo("true");
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("menu-phone.png"), pages.browser().getScreenshotAs(OutputType.BYTES));
            // What the header also holds is reachable in the open menu: the search, the user, the languages, the logout.
            for (String id : List.of("search-q", "user-name", "logout")) {
                assertThat(pages.browser().findElement(By.id(id)).isDisplayed()).as(id).isTrue();
            }
            assertThat(pages.browser().findElement(By.id("logout")).getSize().getHeight())
                    .as("Đăng xuất on one line, not letter by letter").isLessThan(45);
            members.click();
            pages.waiting().until(ExpectedConditions.urlContains("/workspace/members"));
            WebElement current = pages.browser().findElement(By.cssSelector("#main-nav a[aria-current=page]"));
            assertThat(current.getDomAttribute("href")).isEqualTo("/workspace/members");
            assertThat(current.getDomAttribute("class")).contains("active");
            assertThat(pages.browser().findElements(By.cssSelector("#main-nav a[aria-current]"))).hasSize(1);
            // A member's page is in the members' section.
            String member = firstLink(pages, "/workspace/members", "^/workspace/members/[0-9a-f-]{36}$");
            pages.goTo(member);
            assertThat(pages.browser().findElement(By.cssSelector("#main-nav a[aria-current=page]")).getDomAttribute("href"))
                    .isEqualTo("/workspace/members");
            assertThat(Browser.scrollsSideways(pages.browser(), Screen.PHONE)).isFalse();
        }
    }

    @Test
    void theHeaderOffersTheSearchToTheUnionsUsersAndASkipLinkToEveryone() {
        try (Pages pages = Pages.inVietnamese().logIn("thanh-hoa-viewer")) {
            WebElement search = pages.browser().findElement(By.cssSelector("header form[role=search]"));
            assertThat(search.getDomAttribute("action")).isEqualTo("/workspace/search");
            assertThat(search.getDomAttribute("method")).isEqualTo("get");
            WebElement q = search.findElement(By.name("q"));
            assertThat(q.getAccessibleName()).isEqualTo("Tìm kiếm");
            WebElement skip = pages.browser().findElement(By.cssSelector("a.skip-link"));
            assertThat(skip.getDomAttribute("href")).isEqualTo("#content");
            assertThat(pages.browser().findElement(By.tagName("main")).getDomAttribute("id")).isEqualTo("content");
        }
        try (Pages pages = Pages.inVietnamese().logIn("national-reviewer")) {
            assertThat(pages.browser().findElements(By.cssSelector("form[role=search]"))).as("no union to search").isEmpty();
        }
    }

    @Test
    void theReportsEditorNamesItsToolbarAndTabLeavesIt() {
        try (Pages pages = Pages.inVietnamese().logIn("hung-yen-editor")) {
            pages.goTo(aDraftReport(pages));
            WebElement editor = pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-editor")));
            assertThat(pages.browser().findElements(By.cssSelector(".ql-toolbar button")))
                    .isNotEmpty().allSatisfy(button -> assertThat(button.getAccessibleName()).isNotBlank());
            assertThat(pages.browser().findElement(By.cssSelector(".ql-toolbar button.ql-bold")).getAccessibleName())
                    .isEqualTo("Chữ đậm");
            assertThat(editor.getAccessibleName()).isNotBlank();
            pages.browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", editor);
            editor.sendKeys(org.openqa.selenium.Keys.TAB);
            assertThat(pages.browser().executeScript("return document.activeElement.closest('.ql-container') === null"))
                    .as("Tab left the editor").isEqualTo(true);
            assertThat(editor.getText()).doesNotContain("\t");
        }
    }

    private static List<Page> mainPagesOf(String username, Pages pages) {
        var list = new ArrayList<Page>();
        switch (username) {
            case "thanh-hoa-admin" -> {
                list.add(new Page("workspace", "/workspace", true));
                list.add(new Page("members", "/workspace/members", true));
                list.add(new Page("member", firstLink(pages, "/workspace/members", "^/workspace/members/[0-9a-f-]{36}$"), true));
                list.add(new Page("member-form", "/workspace/members/new", false));
                list.add(new Page("governance", "/workspace/governance", false));
                list.add(new Page("activities", "/workspace/activities", false));
                list.add(new Page("events", "/workspace/events", true));
                list.add(new Page("event", firstLink(pages, "/workspace/events", "^/workspace/events/[0-9a-f-]{36}$"), true));
                list.add(new Page("event-form", "/workspace/events/new", false));
                list.add(new Page("consultancy", "/workspace/consultancy", false));
                list.add(new Page("consultancy-task", firstLink(pages, "/workspace/consultancy", "^/workspace/consultancy/tasks/[0-9a-f-]{36}$"), true));
                list.add(new Page("commendations", "/workspace/commendations", false));
                list.add(new Page("commendation", firstLink(pages, "/workspace/commendations", "^/workspace/commendations/[0-9a-f-]{36}$"), false));
                list.add(new Page("research-form", "/workspace/research/new", false));
                list.add(new Page("reports", "/workspace/reports", false));
                list.add(new Page("report-accepted", aDraftReport(pages), false));
                list.add(new Page("dashboard", "/workspace/dashboard", true));
                list.add(new Page("users", "/workspace/users", false));
                list.add(new Page("audit", "/workspace/audit", false));
                list.add(new Page("unit", firstLink(pages, "/workspace", "^/workspace/units/[0-9a-f-]{36}$"), false));
                list.add(new Page("unit-form", "/workspace/units/new", false));
                list.add(new Page("members-import", "/workspace/members/import", false));
                list.add(new Page("contests", "/workspace/contests", false));
                list.add(new Page("publications", "/workspace/publications", false));
                list.add(new Page("research", "/workspace/research", false));
                list.add(new Page("service-counts", "/workspace/service-counts", false));
                list.add(new Page("consultancy-task-form", "/workspace/consultancy/tasks/new", false));
                list.add(new Page("search", "/workspace/search?q=hoi lam vuon", true));
                list.add(new Page("not-found", "/workspace/nothing-here", false));
            }
            case "national-reviewer" -> {
                // The demo unions reported for 2021.
                list.add(new Page("national-status", "/national/reports?year=2021", true));
                list.add(new Page("national-report", aSentReport(pages), false));
                list.add(new Page("national-table", "/national/reports/table?year=2021", true));
                list.add(new Page("national-aggregate", "/national/reports/aggregate?year=2021", false));
                list.add(new Page("national-quality", "/national/reports/quality?year=2021", true));
                list.add(new Page("national-dashboard", "/national/dashboard", true));
                list.add(new Page("national-calendar", "/national/calendar", false));
                list.add(new Page("national-experts", "/national/experts", false));
                list.add(new Page("national-tenants", "/national/tenants", false));
                list.add(new Page("national-mails", "/national/mails", false));
                list.add(new Page("national-completeness", "/national/reports/completeness?year=2021", true));
                pages.goTo("/national/reports?year=2021");
                list.add(new Page("national-deadlines", pages.browser().findElement(By.id("deadlines-link")).getDomAttribute("href"), false));
            }
            // Hưng Yên has a report in draft: its figures and narrative are edited on the page.
            case "hung-yen-editor" -> list.add(new Page("report", aDraftReport(pages), true));
            default -> list.add(new Page("tenants", "/national/tenants", true));
        }
        return list;
    }

    /** Until what the page asks of htmx once loaded (the workspace's units, say) has come in. */
    private static void settle(Pages pages) {
        pages.waiting().until(browser -> (Boolean) pages.browser().executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"));
    }

    /** The address of the first link of a list page whose path matches the pattern. */
    private static String firstLink(Pages pages, String listPath, String pattern) {
        pages.goTo(listPath);
        // Some lists come in by htmx once the page has loaded (the workspace's units).
        return pages.waiting().withMessage("a link matching " + pattern + " on " + listPath).until(browser ->
                (String) pages.browser().executeScript("return [...document.querySelectorAll('main a[href]')].map(a => a.pathname)"
                        + ".find(p => new RegExp(arguments[0]).test(p)) || null", pattern));
    }

    /** A report a union sent for a period of 2021, opened from the national status of its period. */
    private static String aSentReport(Pages pages) {
        pages.goTo("/national/reports?year=2021");
        List<String> periods = pages.browser().findElements(By.cssSelector("#periods a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
        for (String period : periods) {
            pages.goTo(period);
            Object href = pages.browser().executeScript("const a = document.querySelector('#statuses a.drill-down'); return a ? a.pathname : null");
            if (href != null) {
                return (String) href;
            }
        }
        throw new AssertionError("no report sent in 2021 on " + periods);
    }

    /** A report still in draft, whose figures and narrative are edited on its page; any report otherwise. */
    private static String aDraftReport(Pages pages) {
        pages.goTo("/workspace/reports");
        List<String> years = pages.browser().findElements(By.cssSelector("#year option")).stream()
                .map(option -> option.getDomAttribute("value")).toList();
        String any = null;
        for (String year : years) {
            pages.goTo("/workspace/reports?year=" + year);
            Object draft = pages.browser().executeScript(
                    "const row = [...document.querySelectorAll('#periods tbody tr')].find(r => r.querySelector('.status-badge')"
                            + " && r.querySelector('.status-badge').textContent.trim() === 'Dự thảo' && r.querySelector('a.open-report'));"
                            + "return row ? row.querySelector('a.open-report').pathname : null");
            if (draft != null) {
                return (String) draft;
            }
            if (any == null) {
                any = (String) pages.browser().executeScript(
                        "const a = document.querySelector('a.open-report'); return a ? a.pathname : null");
            }
        }
        assertThat(any).as("a report of the union").isNotNull();
        return any;
    }
}
