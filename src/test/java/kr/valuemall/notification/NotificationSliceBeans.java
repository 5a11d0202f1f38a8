package kr.valuemall.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notification module's part of {@link kr.valuemall.WebSliceTest}: the inbox behind
 * the notification page and the header's unread count, mocked; the bell that shows the
 * count, real.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = NotificationApi.class)
@Import(NotificationBell.class)
public @interface NotificationSliceBeans {

}
