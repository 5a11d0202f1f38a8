package kr.valuemall.mail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The mail module's part of {@link kr.valuemall.WebSliceTest}: the kept mails behind
 * {@code /admin/mails}, mocked.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = SentMails.class)
public @interface MailSliceBeans {

}
