package kr.valuemall.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The report module's part of {@link kr.valuemall.WebSliceTest}: mocks for the reports
 * and their rebuild.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = { Reports.class, RollupRebuild.class })
public @interface ReportSliceBeans {

}
