package vn.vusta.platform.text;

import org.springframework.beans.PropertyAccessException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.beans.PropertyEditorSupport;

/**
 * Where request data binds, every string passes {@link FreeText#clean}: JSON bodies of the API through Jackson, and
 * query parameters, path variables and page forms through Spring's data binder. Binding is the one place all of
 * them share (the importer calls the same class on each cell), so no controller, form or domain record can forget
 * it, and a refused character is reported where binding errors already are: the API names the field in its
 * problem+json, a page shows it beside the field.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class TextBinding {

    /** The code of the message for a refused control character; its argument is the character, "U+0000". */
    static final String CONTROL_CHARACTER = FreeText.ControlCharacterException.MESSAGE;

    @Bean
    JacksonModule freeTextModule() {
        return new SimpleModule("free-text").addDeserializer(String.class, new CleanStrings());
    }

    @InitBinder
    void cleanStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanStringEditor());
        binder.setBindingErrorProcessor(new ControlCharacterErrors());
    }

    private static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return FreeText.clean(super.deserialize(p, ctxt));
        }
    }

    private static final class CleanStringEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(FreeText.clean(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** A form field refused for a control character says which, in the user's language, beside the field. */
    private static final class ControlCharacterErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            var refused = FreeText.ControlCharacterException.within(ex);
            if (refused.isEmpty()) {
                super.processPropertyAccessException(ex, result);
                return;
            }
            String field = ex.getPropertyName();
            result.addError(new FieldError(result.getObjectName(), field, null, true,
                    new String[]{CONTROL_CHARACTER}, new Object[]{refused.get().character()},
                    "control character " + refused.get().character()));
        }
    }
}
