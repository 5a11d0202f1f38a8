package kr.valuemall.account.signin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** A stored session with a "seen" attribute, and the cookie a browser sends for it. */
final class TestSessions {

	private TestSessions() {
	}

	static <S extends Session> String saved(SessionRepository<S> repository, Instant lastAccess) {
		S session = repository.createSession();
		session.setAttribute("seen", "before");
		session.setLastAccessedTime(lastAccess);
		repository.save(session);
		return session.getId();
	}

	static <S extends Session> String seen(SessionRepository<S> repository, String id) {
		return repository.findById(id).getAttribute("seen");
	}

	static Cookie cookie(String id) {
		return new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
	}

}
