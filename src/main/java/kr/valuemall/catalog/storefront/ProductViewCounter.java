package kr.valuemall.catalog.storefront;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.catalog.ProductViewsCounted;
import kr.valuemall.web.DateTimeDisplay;

/**
 * Counts product page views in PostgreSQL before the page is sent, so that a crash of an
 * instance loses none and every instance counts into the same place. A view costs one
 * short wait, not one write: the views of all pages being served at that moment go to the
 * database together, as one appended row per product in one commit (a group commit by one
 * writer thread per instance). A job on one instance at a time then takes what was
 * appended and sends it to the reports as events, in the same transaction.
 */
@Component
public class ProductViewCounter implements InitializingBean, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ProductViewCounter.class);

	/** The most views one commit takes; the rest wait for the next. */
	private static final int MOST_PER_COMMIT = 2_000;

	private static final String APPEND = """
			insert into product_view_tally (day, product_id, views)
			select * from unnest(cast(:days as date[]), cast(:products as bigint[]), cast(:views as integer[]))
			""";

	private final BlockingQueue<View> waiting = new LinkedBlockingQueue<>();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration waitAtMost;

	private volatile boolean running;

	private Thread writer;

	ProductViewCounter(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			@Value("${valuemall.catalog.view-write-wait:2s}") Duration waitAtMost) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.waitAtMost = waitAtMost;
	}

	@Override
	public void afterPropertiesSet() {
		this.running = true;
		this.writer = new Thread(this::writeWhileRunning, "product-view-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Counts one view of the product's page and returns once it is committed. Should the
	 * database not answer in time, the page is still shown and the view is logged as
	 * lost.
	 */
	public void count(long productId) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), DateTimeDisplay.SEOUL);
		View view = new View(today, productId, new CompletableFuture<>());
		this.waiting.add(view);
		try {
			view.written().get(this.waitAtMost.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.warn("A view of product {} could not be counted: {}", productId, ex.toString());
		}
	}

	private void writeWhileRunning() {
		while (this.running || !this.waiting.isEmpty()) {
			try {
				View first = this.waiting.poll(200, TimeUnit.MILLISECONDS);
				if (first != null) {
					List<View> batch = new ArrayList<>();
					batch.add(first);
					this.waiting.drainTo(batch, MOST_PER_COMMIT - 1);
					write(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void write(List<View> batch) {
		Map<ViewKey, Integer> counts = new HashMap<>();
		batch.forEach((view) -> counts.merge(new ViewKey(view.day(), view.productId()), 1, Integer::sum));
		String[] days = new String[counts.size()];
		long[] products = new long[counts.size()];
		int[] views = new int[counts.size()];
		int i = 0;
		for (Map.Entry<ViewKey, Integer> entry : counts.entrySet()) {
			days[i] = entry.getKey().day().toString();
			products[i] = entry.getKey().productId();
			views[i] = entry.getValue();
			i++;
		}
		try {
			this.jdbc.sql(APPEND).param("days", days).param("products", products).param("views", views).update();
			batch.forEach((view) -> view.written().complete(null));
		}
		catch (RuntimeException ex) {
			batch.forEach((view) -> view.written().completeExceptionally(ex));
		}
	}

	/**
	 * Sends the views appended so far, per day as one event each, and removes them in the
	 * same transaction; runs on a fixed delay on one instance at a time.
	 */
	@Scheduled(fixedDelayString = "${valuemall.catalog.view-flush-interval:10s}")
	@SchedulerLock(name = "catalog.flushViews")
	public void flush() {
		this.transactions.executeWithoutResult((status) -> {
			Map<LocalDate, Map<Long, Long>> byDay = new HashMap<>();
			this.jdbc.sql("delete from product_view_tally returning day, product_id, views").query((rs) -> {
				byDay.computeIfAbsent(rs.getObject("day", LocalDate.class), (day) -> new HashMap<>())
					.merge(rs.getLong("product_id"), rs.getLong("views"), Long::sum);
			});
			byDay.forEach((day, views) -> this.events.publishEvent(new ProductViewsCounted(day, Map.copyOf(views))));
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		this.running = false;
		if (this.writer != null) {
			this.writer.join(this.waitAtMost.toMillis());
		}
	}

	private record View(LocalDate day, long productId, CompletableFuture<Void> written) {
	}

	private record ViewKey(LocalDate day, long productId) {
	}

}
