package kr.valuemall.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What e-mails need that a page does not: the mall's public address, for the links in a
 * mail, and the sender. Without a sender the operator's e-mail address is used.
 */
@ConfigurationProperties("valuemall.notification")
record NotificationProperties(@DefaultValue("http://localhost:8080") String siteUrl, String mailFrom) {

	NotificationProperties {
		siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
	}

}
