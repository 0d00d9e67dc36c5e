package vn.vusta.platform.spreadsheets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The text of a CSV, its encoding told by its bytes: a byte order mark (UTF-8, UTF-16 LE or BE); else valid
 * UTF-8; else one byte a character, Windows-1258 (Vietnamese Windows) or Windows-1252 (Western Windows). ICU4J's
 * CharsetDetector knows no Windows-1258, so the two are told apart here by Vietnamese spelling: Windows-1258
 * writes a tone as a combining mark after a vowel (bytes CC, D2, DE, EC, F2), while in Windows-1252 those bytes
 * are the letters Ì Ò Þ ì ò and land after consonants ("Hòa" would read "Ḥa"). Windows-1252 cannot hold most
 * Vietnamese letters: Excel writes "?" for them, so such a file is refused naming the encoding to save in. UTF-16
 * without its mark is told by its zero bytes and read.
 */
final class CsvEncoding {

    /** The file's text would be damaged: {@code encoding} is what it was saved in, {@code sample} a damaged word. */
    static final class DamagedTextException extends Exception {

        private final String encoding;
        private final String sample;

        DamagedTextException(String encoding, String sample) {
            super(encoding, null, false, false);
            this.encoding = encoding;
            this.sample = sample;
        }

        String encoding() {
            return encoding;
        }

        String sample() {
            return sample;
        }
    }

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The tones Windows-1258 writes as combining marks: grave, acute, tilde, hook above, dot below. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    /** A letter, then "?" where a character could not be written, then a letter or the word's end. */
    private static final Pattern QUESTIONED = Pattern.compile("\\p{L}+\\?\\p{L}*|\\?\\p{L}+");

    private CsvEncoding() {
    }

    static String decode(byte[] content) throws CharacterCodingException, DamagedTextException {
        if (startsWith(content, 0xef, 0xbb, 0xbf)) {
            return strict(StandardCharsets.UTF_8, content, 3);
        }
        if (startsWith(content, 0xff, 0xfe)) {
            return strict(StandardCharsets.UTF_16LE, content, 2);
        }
        if (startsWith(content, 0xfe, 0xff)) {
            return strict(StandardCharsets.UTF_16BE, content, 2);
        }
        Charset utf16 = utf16WithoutMark(content);
        if (utf16 != null) {
            try {
                return strict(utf16, content, 0);
            } catch (CharacterCodingException e) {
                throw new DamagedTextException("UTF-16", "");
            }
        }
        try {
            return strict(StandardCharsets.UTF_8, content, 0);
        } catch (CharacterCodingException notUtf8) {
            String vietnamese = new String(content, WINDOWS_1258);
            if (spelledVietnamese(vietnamese)) {
                return vietnamese;
            }
            String western = new String(content, WINDOWS_1252);
            var damaged = QUESTIONED.matcher(western);
            if (damaged.find()) {
                throw new DamagedTextException("Windows-1252", damaged.group());
            }
            return western;
        }
    }

    /** Every combining tone follows a vowel, as Vietnamese spelling has it. */
    private static boolean spelledVietnamese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TONES.indexOf(text.charAt(i)) >= 0 && (i == 0 || VOWELS.indexOf(text.charAt(i - 1)) < 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text in UTF-16 without a byte order mark ("Unicode text" some programs save): a zero byte in every other
     * place, after each letter of the Latin alphabet (little-endian) or before it (big-endian); null otherwise.
     */
    private static Charset utf16WithoutMark(byte[] content) {
        int sample = Math.min(content.length, 4096) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i++) {
            if (content[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (sample < 4 || (evenZeros + oddZeros) * 4 < sample) {
            return null;
        }
        return oddZeros >= evenZeros ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(Charset charset, byte[] content, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    }
}
