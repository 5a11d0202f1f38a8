package kr.valuemall.settlement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.valuemall.shared.SpreadsheetFiles;
import kr.valuemall.web.DateTimeDisplay;

/**
 * A statement as a CSV file and as an XLSX workbook, and the bank's transfer list as CSV,
 * through the mall's one spreadsheet writer (formulas defused, amounts as numbers).
 */
@Component
class StatementFiles {

	/** The product column is wide; the others hold amounts, numbers and dates. */
	private static final SpreadsheetFiles.Layout LAYOUT = new SpreadsheetFiles.Layout(false, List.of(16, 16, 40, 16),
			true);

	private final MessageSource messages;

	private final DateTimeDisplay dates;

	StatementFiles(MessageSource messages, DateTimeDisplay dates) {
		this.messages = messages;
		this.dates = dates;
	}

	byte[] csv(StatementView statement, String storeName, List<StatementRow> rows, Locale locale) {
		return SpreadsheetFiles.csv(table(statement, storeName, rows, locale));
	}

	byte[] xlsx(StatementView statement, String storeName, List<StatementRow> rows, Locale locale) {
		return SpreadsheetFiles.xlsx(statement.periodStart().toString(), table(statement, storeName, rows, locale),
				LAYOUT);
	}

	/**
	 * A bank transfer file: bank, account, holder, amount, memo (naming the statement's
	 * period).
	 */
	byte[] bankTransfers(List<Payouts.Transfer> transfers, List<String> storeNames, Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of(text("settlement.bank.column.bank", locale), text("settlement.bank.column.account", locale),
				text("settlement.bank.column.holder", locale), text("settlement.bank.column.amount", locale),
				text("settlement.bank.column.memo", locale)));
		for (int i = 0; i < transfers.size(); i++) {
			Payouts.Transfer transfer = transfers.get(i);
			String bank = (transfer.account().bank() != null) ? text("bank." + transfer.account().bank().name(), locale)
					: "";
			// The statement's own period: a payout held in an earlier one says which.
			String memo = text("settlement.bank.memo", locale, transfer.statement().periodStart().toString(),
					storeNames.get(i));
			// Arrays.asList: an account not filled in yet is an empty cell, not a
			// failure.
			table.add(Arrays.asList(bank, transfer.account().accountNumber(), transfer.account().holder(),
					transfer.statement().payout(), memo));
		}
		return SpreadsheetFiles.csv(table);
	}

	private List<List<Object>> table(StatementView statement, String storeName, List<StatementRow> rows,
			Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		table.add(List.of(text("settlement.file.title", locale), storeName,
				statement.periodStart() + " ~ " + statement.periodLastDay()));
		table.add(List.of(text("settlement.column.kind", locale), text("settlement.column.orderNumber", locale),
				text("settlement.column.product", locale), text("settlement.column.quantity", locale),
				text("settlement.column.amount", locale), text("settlement.column.rate", locale),
				text("settlement.column.commission", locale), text("settlement.column.sellerShare", locale),
				text("settlement.column.at", locale)));
		for (StatementRow row : rows) {
			String product = (row.kind() == LineKind.SHIPPING) ? text("settlement.lineKind.SHIPPING", locale)
					: row.productName();
			table.add(List.of(text(row.messageKey(), locale), row.orderNumber(), (product != null) ? product : "",
					(long) row.quantity(), row.amount(), row.ratePercent() + "%", row.commission(), row.sellerShare(),
					this.dates.dateTime(row.at())));
		}
		table.add(List.of());
		table.add(List.of(text("settlement.total.items", locale), statement.itemTotal()));
		table.add(List.of(text("settlement.total.commission", locale), -statement.commissionTotal()));
		table.add(List.of(text("settlement.total.shipping", locale), statement.shippingTotal()));
		table.add(List.of(text("settlement.total.adjustments", locale), statement.adjustmentTotal()));
		table.add(List.of(text("settlement.total.carriedIn", locale), statement.carriedIn()));
		table.add(List.of(text("settlement.total.net", locale), statement.net()));
		table.add(List.of(text("settlement.total.payout", locale), statement.payout()));
		table.add(List.of(text("settlement.total.carriedOut", locale), statement.carriedOut()));
		table.add(List.of(text("settlement.savings.reference", locale, statement.referenceRatePercent()),
				statement.referenceCommission()));
		table.add(List.of(text("settlement.savings.saved", locale), statement.saved()));
		table.add(List.of(text("settlement.column.payoutStatus", locale),
				text(statement.payoutStatus().messageKey(), locale)));
		return table;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
