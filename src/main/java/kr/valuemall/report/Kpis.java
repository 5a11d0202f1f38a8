package kr.valuemall.report;

import java.math.BigDecimal;

/**
 * The headline figures for a period, excluded months left out (docs/reports.md has the
 * definitions; the page states them too).
 *
 * @param sales item amounts paid minus item amounts refunded, in won
 * @param orders checkouts paid
 * @param companies approved stores open during the period
 * @param companyMonths for each included month, the stores open in it, added up
 * @param averageMonthlySalesPerCompany sales ÷ company-months, rounded down to the won
 * @param pressAverage the press releases' simpler average: sales ÷ companies counted ÷
 * months included, rounded down to the won (it counts a store opened in the last month as
 * if it had been open all along)
 * @param neverSold stores counted that have not had a paid order since they opened
 * @param neverSoldPercent their share of the stores counted, to one decimal
 * @param confirmed item amounts of confirmed purchases
 * @param commission the commission settlement booked in its ledger: earned on confirmed
 * lines at the rate in force that day, less what refunds gave back
 * @param savings what a private mall at the reference rate would have taken more
 */
public record Kpis(long sales, long orders, long companies, long companyMonths, long averageMonthlySalesPerCompany,
		long pressAverage, long neverSold, BigDecimal neverSoldPercent, long confirmed, long commission, long savings,
		int includedMonths) {

}
