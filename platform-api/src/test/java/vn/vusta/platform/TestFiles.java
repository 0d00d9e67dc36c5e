package vn.vusta.platform;

import org.springframework.core.io.ByteArrayResource;
import vn.vusta.platform.files.Upload;
import vn.vusta.platform.tenancy.Tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files as a union's users attach them, and what the local storage holds of a union's. */
public final class TestFiles {

    /** The first bytes of a Windows program: whatever its name says, it is no document. */
    public static final byte[] PROGRAM = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000PE program"
            .getBytes(StandardCharsets.ISO_8859_1);

    private TestFiles() {
    }

    /** The demo photo (a PNG) or document (a PDF) the application ships. */
    public static byte[] demo(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/demo-files/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Upload upload(String name, byte[] content) {
        return new Upload(name, content.length, new ByteArrayResource(content));
    }

    /** How many files hold bytes in the storage directory ({@code vusta.files.directory}) under the tenant. */
    public static long bytesOf(Path directory, Tenant tenant) throws IOException {
        Path ofTenant = directory.resolve(tenant.id().toString());
        if (!Files.isDirectory(ofTenant)) {
            return 0;
        }
        try (var listing = Files.list(ofTenant)) {
            return listing.filter(p -> !p.getFileName().toString().startsWith(".partial-")).count();
        }
    }
}
