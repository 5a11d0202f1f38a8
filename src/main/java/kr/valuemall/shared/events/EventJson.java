package kr.valuemall.shared.events;

import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.function.SingletonSupplier;

/**
 * Events as JSON in the publication table, written and read with one mapper: Spring
 * Boot's. Spring Modulith's serializer writes the same JSON with the same mapper, but
 * asks the bean factory for it every time it writes or reads an event (an
 * {@code ObjectProvider} look-up that took more of the CPU than writing the JSON), and a
 * paid order writes eight.
 */
@Configuration(proxyBeanMethods = false)
class EventJson {

	@Bean
	EventSerializer eventSerializer(ObjectProvider<JsonMapper> mapper) {
		return new Serializer(SingletonSupplier.of(mapper::getObject));
	}

	static final class Serializer implements EventSerializer {

		private final Supplier<JsonMapper> mapper;

		Serializer(Supplier<JsonMapper> mapper) {
			this.mapper = mapper;
		}

		@Override
		public Object serialize(Object event) {
			return this.mapper.get().writeValueAsString(event);
		}

		@Override
		public <T> T deserialize(Object serialized, Class<T> type) {
			return this.mapper.get().readerFor(type).readValue(serialized.toString());
		}

	}

}
