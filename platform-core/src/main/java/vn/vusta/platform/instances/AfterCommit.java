package vn.vusta.platform.instances;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Side effects after a commit (dashboards' generations, mails) run on the task executor, never in the user's
 * request thread: their listeners are {@code @Async @TransactionalEventListener}, and Spring Modulith's event
 * publication registry (the event_publication table, V30) keeps each one until it completed.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AfterCommit {
}
