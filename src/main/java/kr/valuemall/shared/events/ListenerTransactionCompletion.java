package kr.valuemall.shared.events;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.core.Ordered;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.support.CompletionRegisteringAdvisor;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks an event publication completed in the transaction of the listener that handled
 * it, where Spring Modulith 2.0 marks it in transactions of its own: one to say the
 * listener started (status {@code PROCESSING}), one to delete the publication after the
 * listener's transaction committed.
 * <p>
 * Each of those is a commit PostgreSQL must write to its log before answering, and a paid
 * order has eight listeners: a checkout made 16 such commits for its bookkeeping, as many
 * as all its other writes together. Here, a listener that runs in a read-write
 * transaction of its own deletes its publication just before that transaction commits:
 * the work and the bookkeeping are committed together or not at all. If the listener
 * fails, its transaction rolls back with the deletion, and the publication is marked
 * failed afterwards, in a transaction of its own, as before; {@code EventRetry} hands it
 * to the listener again.
 * <p>
 * The {@code PROCESSING} mark is left out for every listener: it only serves Spring
 * Modulith's staleness monitor, which the mall does not use (a publication not yet
 * completed is retried by age).
 * <p>
 * Listeners without a read-write transaction of their own (those that write each
 * notification in a short transaction, say) are completed as Spring Modulith completes
 * them, after they return, by one statement run on its own rather than in a transaction
 * of its own. A listener that returns a future is left to Spring Modulith, which
 * completes it with its future.
 * <p>
 * Spring Modulith 2.2 completes publications in the listener's transaction by default
 * (spring-projects/spring-modulith#1961): this class can go when the mall moves to it.
 */
final class ListenerTransactionCompletion implements MethodInterceptor, Ordered, TransactionExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(ListenerTransactionCompletion.class);

	/** The listener invocation running on this thread whose transaction is awaited. */
	private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

	private final Supplier<EventPublicationRegistry> registry;

	private final Map<Method, Listener> listeners = new ConcurrentHashMap<>();

	private final TransactionAttributeSource transactionAttributes = new AnnotationTransactionAttributeSource(false);

	/** Spring Modulith's own, for the listeners that return a future. */
	private final CompletionRegisteringAdvisor modulith;

	private volatile EventPublicationRegistry unproxied;

	ListenerTransactionCompletion(Supplier<EventPublicationRegistry> registry) {
		this.registry = registry;
		this.modulith = new CompletionRegisteringAdvisor(registry);
	}

	/**
	 * Spring Modulith's advisor with this as its advice: the same listeners, in order.
	 */
	Advisor advisor() {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(this.modulith.getPointcut(), this);
		advisor.setOrder(getOrder());
		return advisor;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Method method = invocation.getMethod();
		if (method.getReturnType() != void.class) {
			// Completed when its future is.
			return ((MethodInterceptor) this.modulith.getAdvice()).invoke(invocation);
		}
		Object event = invocation.getArguments()[0];
		Listener listener = this.listeners.computeIfAbsent(method, this::describe);
		Pending pending = listener.ownTransaction() ? new Pending(event, listener.target()) : null;
		Pending outer = PENDING.get();
		PENDING.set(pending);
		Object result;
		try {
			result = invocation.proceed();
		}
		catch (Throwable failure) {
			logger.info("Invocation of listener {} failed; its event publication is left to be retried: {}",
					listener.target().getValue(), failure.toString());
			this.registry.get().markFailed(event, listener.target());
			throw failure;
		}
		finally {
			PENDING.set(outer);
		}
		if (pending == null || !pending.completed) {
			// No transaction of its own: deleted now, by one statement on its own.
			unproxied().markCompleted(event, listener.target());
		}
		return result;
	}

	/**
	 * The first transaction a listener begins is its own: the publication is deleted in
	 * it, just before it commits.
	 */
	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		Pending pending = PENDING.get();
		if (pending == null || pending.attached || beginFailure != null || transaction.isReadOnly()
				|| !transaction.isNewTransaction() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		pending.attached = true;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				unproxied().markCompleted(pending.event, pending.target);
				pending.completed = true;
			}

		});
	}

	/** The registry without its own transactions, so its writes join the listener's. */
	private EventPublicationRegistry unproxied() {
		EventPublicationRegistry target = this.unproxied;
		if (target == null) {
			EventPublicationRegistry proxy = this.registry.get();
			Object singleton = AopUtils.isAopProxy(proxy) ? AopProxyUtils.getSingletonTarget(proxy) : proxy;
			target = (singleton instanceof EventPublicationRegistry found) ? found : proxy;
			this.unproxied = target;
		}
		return target;
	}

	private Listener describe(Method method) {
		// The listener's id as Spring Modulith stores it with the publication.
		String id = new TransactionalApplicationListenerMethodAdapter("listener", method.getDeclaringClass(), method)
			.getListenerId();
		TransactionAttribute transaction = this.transactionAttributes.getTransactionAttribute(method,
				method.getDeclaringClass());
		boolean own = transaction != null && !transaction.isReadOnly()
				&& (transaction.getPropagationBehavior() == TransactionAttribute.PROPAGATION_REQUIRES_NEW
						|| transaction.getPropagationBehavior() == TransactionAttribute.PROPAGATION_REQUIRED);
		return new Listener(PublicationTargetIdentifier.of(id), own);
	}

	@Override
	public int getOrder() {
		// Where Spring Modulith's completion runs: around the listener's transaction.
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	private record Listener(PublicationTargetIdentifier target, boolean ownTransaction) {
	}

	private static final class Pending {

		final Object event;

		final PublicationTargetIdentifier target;

		boolean attached;

		boolean completed;

		Pending(Object event, PublicationTargetIdentifier target) {
			this.event = event;
			this.target = target;
		}

	}

}
