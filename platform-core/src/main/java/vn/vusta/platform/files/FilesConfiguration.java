package vn.vusta.platform.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.time.Duration;

/** The storage of attached files that the configuration names. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

    @Bean
    FileStorage fileStorage(FilesProperties properties) {
        return switch (properties.storage()) {
            case LOCAL -> {
                if (properties.directory() == null) {
                    throw new IllegalStateException("vusta.files.directory is not set: where should attached files be kept?");
                }
                yield new LocalDiskStorage(properties.directory());
            }
            case S3 -> new S3Storage(s3Client(properties.s3()), required(properties.s3().bucket(), "vusta.files.s3.bucket"));
        };
    }

    static S3Client s3Client(FilesProperties.S3 s3) {
        var client = S3Client.builder()
                // An object store that hangs must not hold the request: connect within 2 s, no read silent for 30 s,
                // and a whole call (retries included) over within a minute (a 20 MB file on a slow link).
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(40))
                        .apiCallTimeout(Duration.ofSeconds(60))
                        .build())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle());
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            client.endpointOverride(URI.create(s3.endpoint()));
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            client.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(s3.accessKey(), required(s3.secretKey(), "vusta.files.s3.secret-key"))));
        }
        return client.build();
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set");
        }
        return value;
    }
}
