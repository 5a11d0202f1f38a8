package kr.valuemall.seller.eligibility;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Whether a business is small enough to sell here, and if not, why.
 */
@Component
public class Eligibility {

	private final EligibilityProperties properties;

	Eligibility(EligibilityProperties properties) {
		this.properties = properties;
	}

	public Optional<Refusal> tooManyEmployees(Industry industry, int employees) {
		EligibilityProperties.Line line = this.properties.lineFor(industry);
		return (employees >= line.employeesBelow())
				? Optional.of(new Refusal("seller.apply.employees.overLine", line.employeesBelow())) : Optional.empty();
	}

	public Optional<Refusal> revenueTooHigh(Industry industry, long annualRevenue) {
		EligibilityProperties.Line line = this.properties.lineFor(industry);
		return (annualRevenue > line.revenueCeiling())
				? Optional.of(new Refusal("seller.apply.annualRevenue.overLine", line.revenueCeiling()))
				: Optional.empty();
	}

	public EligibilityProperties.Line lineFor(Industry industry) {
		return this.properties.lineFor(industry);
	}

	/** A refusal as a message key and the line that was crossed. */
	public record Refusal(String messageKey, long line) {
	}

}
