package kr.valuemall.catalog.bulk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Bulk listing's part of {@link kr.valuemall.WebSliceTest} (through
 * {@link kr.valuemall.catalog.CatalogSliceBeans}): mocks for what its controller calls,
 * declared here because the template writer is package-private.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = { BulkListings.class, BulkTemplate.class })
public @interface BulkSliceBeans {

}
