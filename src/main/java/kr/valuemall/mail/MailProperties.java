package kr.valuemall.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the mall sends e-mail.
 *
 * @param from the sender address; without one the operator's e-mail address is used
 * @param keepCopies whether a copy of every mail is kept for staff to read at
 * {@code /admin/mails} (for machines without a mail server, such as the demo)
 */
@ConfigurationProperties("valuemall.mail")
record MailProperties(String from, boolean keepCopies) {

}
