package kr.valuemall.catalog.storefront;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.web.DateTimeDisplay;
import kr.valuemall.catalog.ProductViewsCounted;

/**
 * Counts product page views in memory and sends the totals every few seconds as one
 * event, so a page view never waits for a database write. Each instance sends its own
 * counts; they add up. What is counted but not yet sent is sent when the instance stops.
 */
@Component
public class ProductViewCounter implements DisposableBean {

	private volatile Map<ViewKey, LongAdder> pending = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ProductViewCounter(ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	void count(long productId) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL);
		this.pending.computeIfAbsent(new ViewKey(today, productId), (key) -> new LongAdder()).increment();
	}

	/** Sends what has been counted; runs on a fixed delay and at shutdown. */
	@Scheduled(fixedDelayString = "${valuemall.catalog.view-flush-interval:10s}")
	void flush() {
		Map<ViewKey, LongAdder> counted = this.pending;
		if (counted.isEmpty()) {
			return;
		}
		this.pending = new ConcurrentHashMap<>();
		Map<LocalDate, Map<Long, Long>> byDay = new HashMap<>();
		counted.forEach((key, adder) -> byDay.computeIfAbsent(key.day(), (day) -> new HashMap<>())
			.merge(key.productId(), adder.sum(), Long::sum));
		this.transactions.executeWithoutResult((status) -> byDay
			.forEach((day, views) -> this.events.publishEvent(new ProductViewsCounted(day, Map.copyOf(views)))));
	}

	@Override
	public void destroy() {
		flush();
	}

	private record ViewKey(LocalDate day, long productId) {
	}

}
