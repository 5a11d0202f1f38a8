package kr.valuemall.catalog.qna;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kr.valuemall.account.MallUser;
import kr.valuemall.account.Role;

/**
 * Who may read a private question: its asker, the seller of the store it was asked of,
 * and staff. Everyone else sees that there is one, not what it says.
 */
@Component
public class QuestionReaders {

	private static final Set<String> STAFF = Role.STAFF.stream().map(Role::authority).collect(Collectors.toSet());

	/** The questions as the signed-in viewer (or anonymous visitor) may see them. */
	public List<QuestionView> shown(List<QuestionView> questions, long storeAccountId) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Long viewerId = null;
		boolean mayReadPrivate = false;
		if (authentication != null && authentication.getPrincipal() instanceof MallUser user) {
			viewerId = user.getId();
			mayReadPrivate = user.getId() == storeAccountId || authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.anyMatch(STAFF::contains);
		}
		Long viewer = viewerId;
		boolean readsAll = mayReadPrivate;
		return questions.stream().map((question) -> question.shownTo(viewer, readsAll)).toList();
	}

}
