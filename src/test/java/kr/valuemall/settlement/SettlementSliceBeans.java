package kr.valuemall.settlement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.valuemall.settlement.runs.SettlementPeriods;
import kr.valuemall.settlement.runs.SettlementRuns;
import kr.valuemall.settlement.statements.Statements;

/**
 * The settlement module's part of {@link kr.valuemall.WebSliceTest}: mocks for
 * statements, runs, payouts and their files, and the commission figures staff see.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = { SettlementRuns.class, SettlementPeriods.class, Statements.class, Payouts.class,
		StatementFiles.class, CommissionCalculator.class })
public @interface SettlementSliceBeans {

}
