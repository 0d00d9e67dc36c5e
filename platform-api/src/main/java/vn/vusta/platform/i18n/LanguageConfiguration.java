package vn.vusta.platform.i18n;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.vusta.platform.calendar.VietnameseDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese first, English second. A user's choice ({@code ?lang=en}) is kept in a cookie; without one, the
 * request's Accept-Language picks between the two, and anything else gets Vietnamese. Dates are written dd/MM/yyyy
 * in both.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("VUSTA_LANG");
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return VIETNAMESE;
            }
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                return match == null ? VIETNAMESE : match;
            } catch (IllegalArgumentException malformed) {
                return VIETNAMESE;
            }
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }

    /** Before the framework's own, so a form's or a query's date is read and shown day first (ISO is read too). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, VietnameseDates.DAY);
        registry.addFormatterForFieldType(YearMonth.class, VietnameseDates.MONTH);
    }
}
