package vn.vusta.platform.spreadsheets.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import vn.vusta.platform.spreadsheets.SheetFormat;

/** {@code format=xlsx} or {@code format=csv} in any case; anything else is a bad request naming the parameter. */
@Component
class SheetFormatConverter implements Converter<String, SheetFormat> {

    @Override
    public SheetFormat convert(String source) {
        return SheetFormat.named(source).orElseThrow(() -> new IllegalArgumentException("Unknown format " + source));
    }
}
