package vn.vusta.platform.files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import vn.vusta.platform.deploy.test.S3ProxyServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3-compatible storage option, configured as production would configure it, against a real S3 server
 * (S3Proxy): a file written is read back byte for byte, and a deleted one is gone.
 */
class S3StorageTest {

    private static S3ProxyServer server;
    private static FileStorage storage;

    @BeforeAll
    static void start() {
        server = S3ProxyServer.start();
        var s3 = new FilesProperties.S3(server.endpoint(), "us-east-1", "vusta-files", S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY, true);
        try (S3Client client = FilesConfiguration.s3Client(s3)) {
            client.createBucket(bucket -> bucket.bucket("vusta-files"));
        }
        var properties = new FilesProperties(FilesProperties.Storage.S3, null, null, Set.of(), s3, false);
        storage = new FilesConfiguration().fileStorage(properties);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theConfigurationNamingS3StoresInTheBucket() {
        assertThat(storage).isInstanceOf(S3Storage.class);
    }

    @Test
    void aFileWrittenIsReadBackAndADeletedOneIsGone() throws IOException {
        byte[] photo;
        try (InputStream in = getClass().getResourceAsStream("/demo-files/hoi-nghi.png")) {
            photo = in.readAllBytes();
        }
        Path file = Files.createTempFile("s3-test-", ".png");
        Files.write(file, photo);
        String key = "0195d2a0-0000-7000-8000-000000000038/hoi-nghi";

        storage.write(key, file);
        assertThat(storage.exists(key)).isTrue();
        try (InputStream in = storage.read(key)) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }

        storage.delete(key);
        assertThat(storage.exists(key)).isFalse();
        assertThatThrownBy(() -> storage.read(key)).isInstanceOf(NoSuchFileException.class);
        Files.delete(file);
    }
}
