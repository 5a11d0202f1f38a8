package kr.valuemall.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.valuemall.account.AccountApi;
import kr.valuemall.account.AccountSummary;
import kr.valuemall.order.OrderTimelineSource;

/**
 * The notifications sent about an order, for the staff's order timeline: what each said
 * and to whom.
 */
@Component
class NotificationTimeline implements OrderTimelineSource {

	private final JdbcClient jdbc;

	private final AccountApi accounts;

	NotificationTimeline(JdbcClient jdbc, AccountApi accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public List<Entry> entries(String orderNumber) {
		List<Sent> sent = this.jdbc.sql("""
				SELECT account_id, kind, created_at FROM notification WHERE order_number = ? ORDER BY created_at, id""")
			.param(orderNumber)
			.query((rs, row) -> new Sent(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant()))
			.list();
		Set<Long> ids = sent.stream().map(Sent::accountId).collect(Collectors.toSet());
		Map<Long, String> emails = ids.stream()
			.map(this.accounts::findById)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(AccountSummary::id, AccountSummary::email, (a, b) -> a));
		Function<Sent, Entry> entry = (s) -> new Entry(s.at(), s.kind().messageKey(),
				"✉ " + emails.getOrDefault(s.accountId(), "#" + s.accountId()));
		return sent.stream().map(entry).toList();
	}

	private record Sent(long accountId, NotificationKind kind, java.time.Instant at) {

	}

}
