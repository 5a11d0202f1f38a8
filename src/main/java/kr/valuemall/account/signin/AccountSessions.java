package kr.valuemall.account.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session signed in to an account, on every device: after a password reset
 * (whoever had the old password is out), an address change (sessions are kept under the
 * address) and 회원 탈퇴.
 */
@Component
public class AccountSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	public void endAll(String email) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		for (String id : repository.findByPrincipalName(email).keySet()) {
			repository.deleteById(id);
		}
	}

}
