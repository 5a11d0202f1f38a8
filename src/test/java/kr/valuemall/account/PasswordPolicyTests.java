package kr.valuemall.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import kr.valuemall.account.membership.CommonPasswords;
import kr.valuemall.account.membership.PasswordPolicy;

/** NIST SP 800-63B's rules for a new password, as {@link PasswordPolicy} applies them. */
class PasswordPolicyTests {

	@Test
	void theDenylistHoldsAtLeastTheHundredThousandMostCommonPasswords() {
		assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(100_000);
		assertThat(PasswordPolicy.check("1234567890", "a@example.com")).contains("signup.password.common");
		assertThat(PasswordPolicy.check("Qwertyuiop", "a@example.com")).contains("signup.password.common");
		assertThat(PasswordPolicy.check("iloveyou123", "a@example.com")).contains("signup.password.common");
		assertThat(PasswordPolicy.check("my-valuemall-2026", "a@example.com")).contains("signup.password.common");
		assertThat(PasswordPolicy.check("가치몰비밀번호입니다요", "a@example.com")).contains("signup.password.common");
	}

	@Test
	void anUncommonPasswordOfAnyKindOfCharacterPasses() {
		// No rules of composition: letters alone, Korean alone, spaces, all fine.
		assertThat(PasswordPolicy.check("seven purple giraffes dance", "a@example.com")).isEmpty();
		assertThat(PasswordPolicy.check("봄비내리는오후의찻집", "a@example.com")).isEmpty();
		assertThat(PasswordPolicy.check("maple-leaf-42", "a@example.com")).isEmpty();
	}

	@Test
	void lengthIsCountedInCharactersNotInBytesOrUtf16Units() {
		// Ten syllables are ten characters (30 bytes).
		assertThat(PasswordPolicy.check("봄비내리는오후의찻집", "a@example.com")).isEmpty();
		assertThat(PasswordPolicy.check("봄비내리는오후의찻", "a@example.com")).contains("signup.password.tooShort");
		// An emoji is one character though two UTF-16 units: 64 of them pass, 65 do not.
		String sixtyFour = "🍊🍎🍇🍑".repeat(16);
		assertThat(sixtyFour.length()).isEqualTo(128);
		assertThat(PasswordPolicy.check(sixtyFour, "a@example.com")).isEmpty();
		assertThat(PasswordPolicy.check(sixtyFour + "🍋", "a@example.com")).contains("signup.password.tooLong");
	}

	@Test
	void repeatedCharactersAndTheEmailNameAreRefused() {
		assertThat(PasswordPolicy.check("aaaaaaaaaaaa", "a@example.com")).contains("signup.password.repetitive");
		assertThat(PasswordPolicy.check("xx-hong.gildong-2026", "hong.gildong@example.com"))
			.contains("signup.password.containsEmail");
	}

}
