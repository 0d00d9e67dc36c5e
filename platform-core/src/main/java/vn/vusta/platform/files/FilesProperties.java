package vn.vusta.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.Set;

/**
 * Where attached files are kept and which are accepted ({@code vusta.files.*}).
 *
 * @param storage      LOCAL (a directory, the default) or S3 (a bucket of an S3-compatible store)
 * @param directory    the directory of the LOCAL storage
 * @param maxSize      the largest file accepted
 * @param allowedTypes the media types accepted, as read from the bytes (a renamed program is no PDF)
 * @param demoContent  whether the bytes of the demo tenants' files are put in the storage at startup
 */
@ConfigurationProperties("vusta.files")
record FilesProperties(@DefaultValue("LOCAL") Storage storage,
                       Path directory,
                       @DefaultValue("20MB") DataSize maxSize,
                       Set<String> allowedTypes,
                       @DefaultValue S3 s3,
                       @DefaultValue("false") boolean demoContent) {

    enum Storage {LOCAL, S3}

    /**
     * The S3-compatible store: its endpoint (empty for AWS itself), region, bucket and credentials. pathStyle
     * addresses the bucket in the path, as MinIO, Ceph and most self-hosted stores expect.
     */
    record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
              String secretKey, @DefaultValue("true") boolean pathStyle) {
    }
}
