package kr.valuemall.seller;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;

import kr.valuemall.seller.payout.BankAccountKeyProperties;
import kr.valuemall.seller.verification.BusinessStatusLookup;
import kr.valuemall.seller.verification.OfflineBusinessStatusLookup;

@Configuration(proxyBeanMethods = false)
class SellerConfig {

	@Bean
	@ConditionalOnMissingBean(BusinessStatusLookup.class)
	BusinessStatusLookup offlineBusinessStatusLookup(Clock clock) {
		return new OfflineBusinessStatusLookup(clock);
	}

	/**
	 * AES-256-GCM with a PBKDF2-derived key (Spring Security Crypto), for payout account
	 * numbers.
	 */
	@Bean
	BytesEncryptor bankAccountEncryptor(BankAccountKeyProperties key) {
		return Encryptors.stronger(key.password(), key.salt());
	}

}
