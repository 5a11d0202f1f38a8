package kr.valuemall.settlement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.valuemall.web.DateTimeDisplay;

/**
 * A statement as a CSV file (UTF-8 with a byte-order mark, so spreadsheet programs read
 * Korean) and as an XLSX workbook. Text cells are made safe from formula injection;
 * amounts are numbers.
 */
@Component
class StatementFiles {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final MessageSource messages;

	private final DateTimeDisplay dates;

	StatementFiles(MessageSource messages, DateTimeDisplay dates) {
		this.messages = messages;
		this.dates = dates;
	}

	byte[] csv(StatementView statement, String storeName, List<StatementRow> rows, Locale locale) {
		StringBuilder out = new StringBuilder();
		for (List<Object> line : table(statement, storeName, rows, locale)) {
			List<String> fields = new ArrayList<>();
			for (Object value : line) {
				fields
					.add((value instanceof Long number) ? Long.toString(number) : SpreadsheetText.csv((String) value));
			}
			out.append(String.join(",", fields)).append("\r\n");
		}
		return withBom(out.toString());
	}

	byte[] xlsx(StatementView statement, String storeName, List<StatementRow> rows, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(statement.periodStart().toString());
			CellStyle won = workbook.createCellStyle();
			won.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			List<List<Object>> table = table(statement, storeName, rows, locale);
			for (int r = 0; r < table.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> line = table.get(r);
				for (int c = 0; c < line.size(); c++) {
					Cell cell = row.createCell(c);
					if (line.get(c) instanceof Long number) {
						cell.setCellValue(number);
						cell.setCellStyle(won);
					}
					else {
						cell.setCellValue(SpreadsheetText.safe((String) line.get(c)));
					}
				}
			}
			for (int c = 0; c < 9; c++) {
				sheet.setColumnWidth(c, (c == 2) ? 40 * 256 : 16 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A bank transfer file: bank, account, holder, amount, memo. */
	byte[] bankTransfers(SettlementPeriod period, List<Payouts.Transfer> transfers, List<String> storeNames,
			Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", text("settlement.bank.column.bank", locale),
				text("settlement.bank.column.account", locale), text("settlement.bank.column.holder", locale),
				text("settlement.bank.column.amount", locale), text("settlement.bank.column.memo", locale)))
			.append("\r\n");
		for (int i = 0; i < transfers.size(); i++) {
			Payouts.Transfer transfer = transfers.get(i);
			String bank = (transfer.account().bank() != null) ? text("bank." + transfer.account().bank().name(), locale)
					: "";
			String memo = text("settlement.bank.memo", locale, period.start().toString(), storeNames.get(i));
			out.append(
					String.join(",", SpreadsheetText.csv(bank), SpreadsheetText.csv(transfer.account().accountNumber()),
							SpreadsheetText.csv(transfer.account().holder()),
							Long.toString(transfer.statement().payout()), SpreadsheetText.csv(memo)))
				.append("\r\n");
		}
		return withBom(out.toString());
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

	private static byte[] withBom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[UTF8_BOM.length + body.length];
		System.arraycopy(UTF8_BOM, 0, file, 0, UTF8_BOM.length);
		System.arraycopy(body, 0, file, UTF8_BOM.length, body.length);
		return file;
	}

}
