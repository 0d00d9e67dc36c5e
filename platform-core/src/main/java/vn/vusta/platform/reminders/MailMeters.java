package vn.vusta.platform.reminders;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.io.InputStream;

/**
 * Counts the mails the platform hands to its SMTP server, {@code vusta.mails} by outcome (sent, failed): whatever
 * sends them (reminders, notices, a retry) goes through the one {@link JavaMailSender}, which is wrapped here.
 */
@Component
class MailMeters implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> meters;

    MailMeters(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JavaMailSender sender && !(bean instanceof Metered) ? new Metered(sender, meters) : bean;
    }

    private static final class Metered implements JavaMailSender {

        private final JavaMailSender sender;
        private final ObjectProvider<MeterRegistry> meters;

        Metered(JavaMailSender sender, ObjectProvider<MeterRegistry> meters) {
            this.sender = sender;
            this.meters = meters;
        }

        @Override
        public MimeMessage createMimeMessage() {
            return sender.createMimeMessage();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
            return sender.createMimeMessage(contentStream);
        }

        @Override
        public void send(MimeMessage... mimeMessages) throws MailException {
            counted(mimeMessages.length, () -> sender.send(mimeMessages));
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) throws MailException {
            counted(simpleMessages.length, () -> sender.send(simpleMessages));
        }

        private void counted(int mails, Runnable sending) {
            try {
                sending.run();
                counter("sent").increment(mails);
            } catch (RuntimeException e) {
                counter("failed").increment(mails);
                throw e;
            }
        }

        private Counter counter(String outcome) {
            return Counter.builder("vusta.mails").description("Mails handed to the SMTP server, by outcome")
                    .tag("outcome", outcome).register(meters.getObject());
        }
    }
}
