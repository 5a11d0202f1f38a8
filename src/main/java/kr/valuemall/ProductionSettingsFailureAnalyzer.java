package kr.valuemall;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import kr.valuemall.ProductionSettings.ProductionSettingsMissing;

/**
 * Prints why the {@code prod} profile refused to start, one line per missing setting,
 * instead of a stack trace.
 */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsMissing> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsMissing cause) {
		StringBuilder description = new StringBuilder("The prod profile refuses to start with development settings:");
		for (String problem : cause.problems()) {
			description.append(System.lineSeparator()).append(" - ").append(problem);
		}
		return new FailureAnalysis(description.toString(),
				"Set the environment variables above (README, \"Run it for real\"), or run without the prod profile "
						+ "on a developer's machine.",
				cause);
	}

}
