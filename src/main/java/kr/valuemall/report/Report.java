package kr.valuemall.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything /admin/reports shows for a period.
 */
public record Report(ReportPeriod period, Kpis kpis, List<ReportTable> tables, List<Chart> charts) {

	public Optional<ReportTable> table(String name) {
		return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst();
	}

	public ReportTable get(String name) {
		return table(name).orElseThrow();
	}

	public Chart chart(String id) {
		return this.charts.stream().filter((chart) -> chart.id().equals(id)).findFirst().orElseThrow();
	}

}
