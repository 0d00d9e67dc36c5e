package vn.vusta.platform.files;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the bytes of the demo tenants' files (rows of db/demo, storage keys {@code demo/<name>}) in the storage at
 * startup, from the application's {@code demo-files/} resources. Only where the demo data is loaded.
 */
@Component
@ConditionalOnBooleanProperty("vusta.files.demo-content")
class DemoFileContent implements ApplicationRunner {

    private final FileStorage storage;

    DemoFileContent(FileStorage storage) {
        this.storage = storage;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:demo-files/*")) {
            String key = "demo/" + resource.getFilename();
            if (storage.exists(key)) {
                continue;
            }
            Path copy = Files.createTempFile("vusta-demo-", "");
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                storage.write(key, copy);
            } finally {
                Files.deleteIfExists(copy);
            }
        }
    }
}
