package vn.vusta.platform.documents;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without LibreOffice (the container image has none) the renderer says so and refuses, without starting anything:
 * the .pdf routes answer 503 naming the missing renderer, the .docx still work.
 */
class PdfRenderingAvailabilityTest {

    @Test
    void anOfficeHomeWithoutSofficeIsNoRenderer() {
        var rendering = new LibreOfficePdfRendering("/nonexistent/libreoffice", Duration.ofSeconds(5));
        assertThat(rendering.available()).isFalse();
        assertThatThrownBy(() -> rendering.pdfA(new byte[0])).isInstanceOfSatisfying(PdfRenderingFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo(PdfRenderingFailure.Reason.NOT_INSTALLED));
        rendering.destroy();
    }
}
