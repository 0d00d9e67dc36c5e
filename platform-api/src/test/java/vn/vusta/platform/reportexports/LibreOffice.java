package vn.vusta.platform.reportexports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless, as the national union's staff would print a .docx: Debian's {@code libreoffice-writer-nogui}
 * (deploy/run-tests installs it when missing). Each conversion gets its own user profile, so runs in parallel (other
 * test JVMs, a desktop LibreOffice of the same user) do not wait on one another's lock.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /** The documents converted to PDF in {@code directory}, one PDF per document, same names. */
    static List<Path> toPdf(Path directory, Path... documents) throws IOException, InterruptedException {
        String soffice = soffice().orElseThrow(() -> new AssertionError(
                "LibreOffice's soffice is not installed, and the rendering test needs it: run deploy/run-tests "
                        + "(it installs Debian's libreoffice-writer-nogui) or apt-get install libreoffice-writer-nogui"));
        Path profile = Files.createTempDirectory("vusta-libreoffice-profile-");
        try {
            var command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", directory.toString()));
            for (Path document : documents) {
                command.add(document.toString());
            }
            Path log = directory.resolve("soffice-" + UUID.randomUUID() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("soffice did not convert within 180 s: " + Files.readString(log));
            }
            var pdfs = new ArrayList<Path>();
            for (Path document : documents) {
                String name = document.getFileName().toString();
                Path pdf = directory.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
                if (!Files.exists(pdf)) {
                    throw new AssertionError("soffice wrote no " + pdf.getFileName() + " (exit " + process.exitValue()
                            + "): " + Files.readString(log));
                }
                pdfs.add(pdf);
            }
            return pdfs;
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    static Optional<String> soffice() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        Path debian = Path.of("/usr/bin/soffice");
        return Files.isExecutable(debian) ? Optional.of(debian.toString()) : Optional.empty();
    }
}
