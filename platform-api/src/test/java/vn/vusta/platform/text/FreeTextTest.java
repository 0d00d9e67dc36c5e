package vn.vusta.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text door: what Word, web pages and damaged files put into text, and what the platform keeps. */
class FreeTextTest {

    @Test
    void spacesOfWordAndTheWebBecomeOrdinarySpacesAndNamesCollapseThem() {
        assertThat(FreeText.clean("Hoàng\u00a0Minh\u202fTrí\u2007\u3000x")).isEqualTo("Hoàng Minh Trí  x");
        assertThat(FreeText.name("  Hoàng\u00a0\u00a0Minh \t Trí\u00a0")).isEqualTo("Hoàng Minh Trí");
        assertThat(FreeText.name(null)).isNull();
    }

    @Test
    void textIsComposedAndInvisibleMarksGo() {
        assertThat(FreeText.clean("Hoa\u0300ng Va\u0306n Ke\u0302\u0309")).isEqualTo("Hoàng Văn Kể");
        assertThat(FreeText.clean("\ufeffKể\u200b\u00ad")).isEqualTo("Kể");
    }

    @Test
    void controlCharactersAreRefusedNamingThemButLinesAndTabsStay() {
        assertThatThrownBy(() -> FreeText.clean("Lê\u0000Văn"))
                .isInstanceOfSatisfying(FreeText.ControlCharacterException.class,
                        e -> assertThat(e.character()).isEqualTo("U+0000"));
        assertThatThrownBy(() -> FreeText.clean("a\u001bb")).hasMessageContaining("U+001B");
        assertThat(FreeText.clean("dòng một\r\ndòng\thai")).isEqualTo("dòng một\r\ndòng\thai");
        assertThat(FreeText.normalise("Lê\u0000Văn")).isEqualTo("Lê\u0000Văn");
        assertThat(FreeText.controlCharacter("Lê\u0000Văn")).hasValue(0);
    }
}
