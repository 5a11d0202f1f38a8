package kr.valuemall.shared.events;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Puts {@link ListenerTransactionCompletion} where Spring Modulith's completion advisor
 * was: the bean of that name is replaced, so every listener Spring Modulith would have
 * completed is completed by it, and it also hears each transaction begin (Spring Boot
 * hands {@link TransactionExecutionListener} beans to the transaction manager).
 */
@Configuration(proxyBeanMethods = false)
class EventCompletionConfig {

	/** The name of Spring Modulith's bean (EventPublicationConfiguration). */
	static final String ADVISOR = "completionRegisteringAdvisor";

	@Bean
	static BeanDefinitionRegistryPostProcessor completionInListenerTransaction() {
		return (registry) -> {
			if (!registry.containsBeanDefinition(ADVISOR) || !(registry instanceof ListableBeanFactory beans)) {
				return;
			}
			ListenerTransactionCompletion completion = new ListenerTransactionCompletion(
					() -> beans.getBean(EventPublicationRegistry.class));
			registry.removeBeanDefinition(ADVISOR);
			RootBeanDefinition advisor = new RootBeanDefinition(Advisor.class, completion::advisor);
			advisor.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition(ADVISOR, advisor);
			RootBeanDefinition listener = new RootBeanDefinition(TransactionExecutionListener.class, () -> completion);
			listener.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition("listenerTransactionCompletion", listener);
		};
	}

}
