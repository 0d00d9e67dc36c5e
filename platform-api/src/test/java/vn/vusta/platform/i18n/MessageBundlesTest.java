package vn.vusta.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the pages and errors exists in Vietnamese (the default bundle) and in English, and no more. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/i18n");

    @Test
    void everyVietnameseTextHasItsEnglishAndTheOtherWayRound() throws IOException {
        var bundles = new ArrayList<Path>();
        try (var files = Files.list(RESOURCES)) {
            files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties"))
                    .filter(f -> !f.getFileName().toString().endsWith("_en.properties"))
                    .forEach(bundles::add);
        }
        assertThat(bundles).as("the bundles").isNotEmpty();
        for (Path vietnamese : bundles) {
            Path english = vietnamese.resolveSibling(vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
            var vi = keys(vietnamese);
            var en = keys(english);
            assertThat(en).as("English keys of %s", vietnamese.getFileName()).containsExactlyInAnyOrderElementsOf(vi);
        }
    }

    private static TreeSet<String> keys(Path bundle) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
