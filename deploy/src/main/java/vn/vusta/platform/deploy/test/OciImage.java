package vn.vusta.platform.deploy.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An OCI image as Jib writes it to a tar (an OCI image layout: index.json, the manifest, the configuration and the
 * gzip-compressed layers under blobs/), read for the tests: what a container runtime would run.
 */
public final class OciImage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A file of a layer: its path in the image, its mode bits and owner. */
    public record Entry(String path, int mode, int uid, int gid, boolean directory) {
    }

    private final Map<String, byte[]> blobs;
    private final JsonNode index;
    private final JsonNode manifest;
    private final JsonNode configuration;
    private List<Map<Entry, byte[]>> layerFiles;

    private OciImage(Map<String, byte[]> files) {
        this.blobs = files;
        this.index = JSON.readTree(file("index.json"));
        this.manifest = JSON.readTree(blob(index.path("manifests").get(0).path("digest").asString()));
        this.configuration = JSON.readTree(blob(manifest.path("config").path("digest").asString()));
    }

    public static OciImage read(Path tar) {
        try (InputStream in = Files.newInputStream(tar)) {
            var files = new HashMap<String, byte[]>();
            for (var file : Tar.read(in).entrySet()) {
                files.put(file.getKey().path().substring(1), file.getValue());
            }
            return new OciImage(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image " + tar, e);
        }
    }

    private byte[] file(String name) {
        byte[] content = blobs.get(name);
        if (content == null) {
            throw new IllegalStateException("the image has no " + name);
        }
        return content;
    }

    private byte[] blob(String digest) {
        return file("blobs/" + digest.replace(':', '/'));
    }

    /** The name the image was written for (org.opencontainers.image.ref.name). */
    public String reference() {
        return index.path("manifests").get(0).path("annotations").path("org.opencontainers.image.ref.name").asString();
    }

    /** The runtime configuration: User, Entrypoint, Cmd, ExposedPorts, Env, Labels, WorkingDir. */
    public JsonNode config() {
        return configuration.path("config");
    }

    public String user() {
        return config().path("User").asString();
    }

    public List<String> entrypoint() {
        var entrypoint = new ArrayList<String>();
        config().path("Entrypoint").forEach(part -> entrypoint.add(part.asString()));
        return entrypoint;
    }

    public List<String> exposedPorts() {
        return new ArrayList<>(config().path("ExposedPorts").propertyNames());
    }

    /** The layers in order, each with its files (the tar entries of its gzip-compressed blob). */
    public List<List<Entry>> layers() {
        var layers = new ArrayList<List<Entry>>();
        for (Map<Entry, byte[]> layer : layerFiles()) {
            layers.add(new ArrayList<>(layer.keySet()));
        }
        return layers;
    }

    /** The content of a file of a layer, or null. */
    public byte[] fileContent(String path) {
        for (Map<Entry, byte[]> layer : layerFiles()) {
            for (var file : layer.entrySet()) {
                if (file.getKey().path().equals(path)) {
                    return file.getValue();
                }
            }
        }
        return null;
    }

    private List<Map<Entry, byte[]>> layerFiles() {
        if (layerFiles == null) {
            var layers = new ArrayList<Map<Entry, byte[]>>();
            for (JsonNode layer : manifest.path("layers")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(blob(layer.path("digest").asString())))) {
                    layers.add(Tar.read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            layerFiles = layers;
        }
        return layerFiles;
    }

    /** The POSIX tar format (ustar with PAX extended headers for long names), as far as Jib writes it. */
    private static final class Tar {

        static Map<Entry, byte[]> read(InputStream in) throws IOException {
            var entries = new LinkedHashMap<Entry, byte[]>();
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(512);
                if (header.length < 512 || header[0] == 0) {
                    return entries;
                }
                long size = octal(header, 124, 12);
                byte type = header[156];
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (type == 'x') {
                    longName = paxPath(new String(content, StandardCharsets.UTF_8));
                    continue;
                }
                String name = longName != null ? longName : name(header);
                longName = null;
                entries.put(new Entry("/" + name.replaceFirst("^\\./", "").replaceFirst("^/", ""),
                        (int) octal(header, 100, 8), (int) octal(header, 108, 8), (int) octal(header, 116, 8),
                        type == '5'), content);
            }
        }

        private static String name(byte[] header) {
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            return prefix.isEmpty() ? name : prefix + "/" + name;
        }

        private static String paxPath(String records) {
            for (String record : records.split("\n")) {
                int space = record.indexOf(' ');
                if (space > 0 && record.startsWith("path=", space + 1)) {
                    return record.substring(space + 6);
                }
            }
            return null;
        }

        private static String text(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.UTF_8);
        }

        private static long octal(byte[] header, int offset, int length) {
            String value = text(header, offset, length).trim();
            return value.isEmpty() ? 0 : Long.parseLong(value, 8);
        }
    }
}
