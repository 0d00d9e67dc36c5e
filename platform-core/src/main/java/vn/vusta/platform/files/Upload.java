package vn.vusta.platform.files;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as a user sent it: its name on their computer, the size they declared and its bytes. A page's or the API's
 * multipart file is one ({@code new Upload(f.getOriginalFilename(), f.getSize(), f)}).
 */
public record Upload(String fileName, long size, InputStreamSource content) {
}
