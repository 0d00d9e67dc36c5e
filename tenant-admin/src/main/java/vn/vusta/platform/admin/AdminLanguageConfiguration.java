package vn.vusta.platform.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import vn.vusta.platform.calendar.VietnameseDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Vietnamese unless the request asks for English; dates dd/MM/yyyy in both. */
@Configuration(proxyBeanMethods = false)
class AdminLanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        Locale vietnamese = Locale.forLanguageTag("vi-VN");
        resolver.setSupportedLocales(List.of(vietnamese, Locale.ENGLISH));
        resolver.setDefaultLocale(vietnamese);
        return resolver;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, VietnameseDates.DAY);
    }
}
