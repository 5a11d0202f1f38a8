package kr.valuemall;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaMethod;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener's condition is asked twice, when the event is published (Spring Modulith
 * records a publication only for listeners it accepts) and again when the listener is
 * invoked (Spring skips the method if it now says no, and the publication is then never
 * completed). So a condition may read the event only: one that asks a bean (as
 * {@code @bean.method(#event)}) can change its answer in between.
 */
class ListenerConditionsTests {

	@Test
	void listenerConditionsReadTheEventOnly() {
		// The classes ModularityTests reads for the modules, not a second import.
		List<JavaMethod> listeners = ModularityTests.modules.stream()
			.flatMap((module) -> module.getBasePackage().stream())
			.flatMap((type) -> type.getMethods().stream())
			.filter((method) -> !condition(method).isEmpty())
			.toList();
		assertThat(listeners).as("listeners with a condition").isNotEmpty();
		assertThat(listeners).filteredOn((method) -> condition(method).contains("@"))
			.as("listeners whose condition asks a bean")
			.isEmpty();
	}

	private static String condition(JavaMethod method) {
		return method.tryGetAnnotationOfType(ApplicationModuleListener.class)
			.map(ApplicationModuleListener::condition)
			.or(() -> method.tryGetAnnotationOfType(TransactionalEventListener.class)
				.map(TransactionalEventListener::condition))
			.orElse("");
	}

}
