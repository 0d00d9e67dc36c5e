package vn.vusta.platform.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.List;
import java.util.Locale;

/** Vietnamese unless the request asks for English. */
@Configuration(proxyBeanMethods = false)
class AdminLanguageConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        Locale vietnamese = Locale.forLanguageTag("vi-VN");
        resolver.setSupportedLocales(List.of(vietnamese, Locale.ENGLISH));
        resolver.setDefaultLocale(vietnamese);
        return resolver;
    }
}
