package vn.vusta.platform.documents;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.ExistingProcessAction;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link PdfRendering} by LibreOffice headless through JODConverter: the .docx opened by the same Word-compatible
 * layout engine the unions print it with, exported as PDF/A-2b with its fonts embedded. One office process for the
 * application, started on the first document asked for (most runs never render one) and stopped with the context;
 * on a free loopback port and with its own user profile in a temporary folder, so two applications and the tests
 * on one machine never share or kill each other's office.
 */
// Named: the pages offer the .pdf downloads only where it is available (@pdfRendering.available()).
@Component("pdfRendering")
class LibreOfficePdfRendering implements PdfRendering, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LibreOfficePdfRendering.class);

    /** LibreOffice's PDF export: PDF/A-2b (SelectPdfVersion 2), every font embedded, tagged for screen readers. */
    private static final Map<String, Object> PDF_A_2B = Map.of("FilterData", Map.of(
            "SelectPdfVersion", 2,
            "EmbedStandardFonts", true,
            "UseTaggedPDF", true,
            "ExportFormFields", false));

    private final Optional<Path> officeHome;
    private final Duration timeout;
    private LocalOfficeManager office;
    private Path workingDir;
    private DocumentFont font;

    /**
     * @param officeHome {@code vusta.documents.office-home}: LibreOffice's folder (the one holding program/soffice);
     *                   empty to take the {@code soffice} on the PATH
     * @param timeout    {@code vusta.documents.conversion-timeout}: how long one document may take
     */
    LibreOfficePdfRendering(@Value("${vusta.documents.office-home:}") String officeHome,
                            @Value("${vusta.documents.conversion-timeout:60s}") Duration timeout) {
        this.officeHome = officeHome.isBlank() ? sofficeOnPath() : Optional.of(Path.of(officeHome.strip()))
                .filter(home -> Files.isExecutable(home.resolve("program").resolve("soffice")));
        this.timeout = timeout;
    }

    @Override
    public boolean available() {
        return officeHome.isPresent();
    }

    @Override
    public byte[] pdfA(byte[] docx) {
        LocalOfficeManager started = office();
        byte[] described = describedFont(docx, font);
        var pdf = new ByteArrayOutputStream();
        try {
            LocalConverter.builder().officeManager(started).storeProperties(PDF_A_2B).build()
                    .convert(new ByteArrayInputStream(described)).as(DefaultDocumentFormatRegistry.DOCX)
                    .to(pdf).as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
        } catch (OfficeException | RuntimeException e) {
            LOG.warn("LibreOffice did not render a document as PDF/A: {}", e.toString());
            throw new PdfRenderingFailure(PdfRenderingFailure.Reason.FAILED,
                    "LibreOffice did not render the document as PDF/A within " + timeout.toSeconds() + " s", e);
        }
        return pdf.toByteArray();
    }

    /** The font the PDF will embed, said in the .docx's subject: LibreOffice writes it to the PDF's Info (Subject) and XMP (dc:description). */
    static byte[] describedFont(byte[] docx, DocumentFont font) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx)); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setSubjectProperty(font.property);
            document.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new PdfRenderingFailure(PdfRenderingFailure.Reason.FAILED, "The document is no .docx LibreOffice can render", e);
        }
    }

    private synchronized LocalOfficeManager office() {
        if (officeHome.isEmpty()) {
            throw new PdfRenderingFailure(PdfRenderingFailure.Reason.NOT_INSTALLED,
                    "LibreOffice is not installed (no soffice on the PATH, vusta.documents.office-home not set)", null);
        }
        if (office == null) {
            try {
                font = DocumentFont.installed();
                workingDir = Files.createTempDirectory("vusta-office-");
                int port = freePort();
                var manager = LocalOfficeManager.builder()
                        .officeHome(officeHome.get().toFile())
                        .hostName("127.0.0.1")
                        .portNumbers(port)
                        .workingDir(workingDir.toFile())
                        // Never kill an office this application did not start (another one's on a reused port).
                        .existingProcessAction(ExistingProcessAction.FAIL)
                        .taskExecutionTimeout(timeout.toMillis())
                        .taskQueueTimeout(timeout.toMillis())
                        .build();
                manager.start();
                office = manager;
                LOG.info("LibreOffice started for PDF/A on 127.0.0.1:{} ({}), the documents in {}", port,
                        officeHome.get(), font.family);
            } catch (OfficeException | IOException | RuntimeException e) {
                delete(workingDir);
                throw new PdfRenderingFailure(PdfRenderingFailure.Reason.FAILED, "LibreOffice did not start", e);
            }
        }
        return office;
    }

    @Override
    public synchronized void destroy() {
        if (office != null) {
            try {
                office.stop();
            } catch (OfficeException e) {
                LOG.warn("LibreOffice did not stop cleanly: {}", e.toString());
            }
            office = null;
        }
        delete(workingDir);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** soffice on the PATH (Debian's /usr/bin/soffice links to /usr/lib/libreoffice/program/soffice): its home. */
    private static Optional<Path> sofficeOnPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "soffice"))
                .filter(Files::isExecutable)
                .findFirst()
                .flatMap(soffice -> {
                    try {
                        Path program = soffice.toRealPath().getParent();
                        return Optional.ofNullable(program.getParent());
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                });
    }

    private static void delete(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            LOG.debug("Could not delete {}: {}", directory, e.toString());
        }
    }
}
